package org.rosterbridge.clever.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;

class RoundTripTest {

    private static final int RUNS = 300;

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void decodesEveryEncodedRecordToItself(ApiVersion version) {
        CleverJson json = CleverJson.of(version);
        for (int run = 0; run < RUNS; run++) {
            RosterGen gen = new RosterGen(run * 31L + version.ordinal(), version);
            CleverId district = gen.id();
            for (ResourceType type : ResourceType.values()) {
                if (type.servedBy(version)) {
                    CleverObject record = record(gen, type, district);
                    Stamps stamps = Records.hasStamps(type) ? gen.stamps() : Stamps.UNKNOWN;
                    byte[] body = json.singleBytes(type, record, stamps);
                    assertThat(json.decodeSingle(type, body))
                            .as("seed run %d, %s %s", run, version, type)
                            .isEqualTo(new Decoded.Ok<>(record, stamps));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void decodesEveryListedRecordToItself(ApiVersion version) {
        CleverJson json = CleverJson.of(version);
        RosterGen gen = new RosterGen(7L + version.ordinal(), version);
        CleverId district = gen.id();
        ResourceType type = version.isV3() ? ResourceType.USERS : ResourceType.STUDENTS;
        List<Stamped> items = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> new Stamped(record(gen, type, district), gen.stamps()))
                .toList();
        PageLinks links = new PageLinks("/" + version.path() + "/x", "/" + version.path() + "/x?starting_after=a", "");
        byte[] body = json.toBytes(json.listTree(type, items, links));
        DecodedPage<CleverObject> page = json.decodeList(type, body);
        assertThat(page.links()).isEqualTo(links);
        assertThat(page.items())
                .containsExactlyElementsOf(items.stream()
                        .map(s -> (Decoded<CleverObject>) new Decoded.Ok<>(s.record(), s.stamps()))
                        .toList());
    }

    static CleverObject record(RosterGen gen, ResourceType type, CleverId district) {
        return switch (type) {
            case DISTRICTS -> gen.district();
            case SCHOOLS -> gen.school(district);
            case TERMS -> gen.term(district);
            case COURSES -> gen.course(district);
            case SECTIONS -> gen.section(district);
            default -> gen.user(district, type);
        };
    }
}
