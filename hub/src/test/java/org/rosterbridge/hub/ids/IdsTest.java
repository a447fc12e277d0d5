package org.rosterbridge.hub.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rosterbridge.clever.CleverId;

class IdsTest {
    @Test
    void derivesTheSameIdFromTheSameDistrictSpaceAndKey() {
        CleverIds springfield = CleverIds.forDistrict("springfield");
        assertThat(springfield.of(IdSpace.STUDENT, "S1"))
                .isEqualTo(CleverIds.forDistrict("springfield").of(IdSpace.STUDENT, "S1"));
        assertThat(springfield.of(IdSpace.STUDENT, "S1").value()).matches("[0-9a-f]{24}");
    }

    @Test
    void separatesDistrictsSpacesAndKeys() {
        CleverIds springfield = CleverIds.forDistrict("springfield");
        CleverId student = springfield.of(IdSpace.STUDENT, "S1");
        assertThat(CleverIds.forDistrict("shelbyville").of(IdSpace.STUDENT, "S1"))
                .isNotEqualTo(student);
        assertThat(springfield.of(IdSpace.TEACHER_USER, "S1")).isNotEqualTo(student);
        assertThat(springfield.of(IdSpace.TEACHER_USER, "T1"))
                .isNotEqualTo(springfield.of(IdSpace.TEACHER_LEGACY, "T1"));
        assertThat(springfield.of(IdSpace.STUDENT, "S10")).isNotEqualTo(springfield.of(IdSpace.STUDENT, "S1"));
    }

    @Test
    void keepsIdsAsPrimitivesWithoutChangingThemOrTheirOrder() {
        Random random = new Random(3);
        IdColumn column = new IdColumn(4);
        List<CleverId> ids = new ArrayList<>();
        CleverIds district = CleverIds.forDistrict("d");
        for (int i = 0; i < 2_000; i++) {
            CleverId id = district.of(IdSpace.SECTION, Integer.toString(random.nextInt()));
            ids.add(id);
            column.add(id);
        }
        ids.add(CleverId.of("000000000000000000000000"));
        ids.add(CleverId.of("ffffffffffffffffffffffff"));
        column.add(ids.get(ids.size() - 2));
        column.add(ids.get(ids.size() - 1));
        for (int i = 0; i < ids.size(); i++) {
            assertThat(column.get(i)).isEqualTo(ids.get(i));
        }
        IdColumn sorted = column.permuted(column.sortedOrder());
        List<CleverId> expected = new ArrayList<>(ids);
        expected.sort(null);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(sorted.get(i)).isEqualTo(expected.get(i));
            assertThat(sorted.find(expected.get(i))).isEqualTo(i);
        }
        assertThat(sorted.find(CleverId.of("0123456789abcdef01234567"))).isEqualTo(-1);
    }

    @Test
    void sortsIdsSharingLeadingDigitsOrEqualByIdThenIndex() {
        Random random = new Random(17);
        for (int round = 0; round < 50; round++) {
            IdColumn column = new IdColumn(4);
            int size = 1 + random.nextInt(3_000);
            long[] highs = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, random.nextLong(), random.nextLong() & ~0xffffL};
            for (int i = 0; i < size; i++) {
                // Few distinct highs, some differing only in their last bits: long runs of equal leading bits.
                long hi = random.nextBoolean()
                        ? random.nextLong()
                        : highs[random.nextInt(highs.length)] ^ random.nextInt(4);
                column.add(hi, random.nextInt(8) - 4);
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                expected.add(i);
            }
            expected.sort((a, b) -> column.compare(a, b) != 0 ? column.compare(a, b) : Integer.compare(a, b));
            assertThat(column.sortedOrder())
                    .containsExactly(
                            expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
