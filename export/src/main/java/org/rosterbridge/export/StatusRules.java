package org.rosterbridge.export;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * {@code student-ell}, {@code student-frl}, {@code student-iep} and {@code status-end-date}: Y/N and F/R/N
 * from dated codes, by Pennsylvania's or New York's code lists.
 */
final class StatusRules {
    static final Set<String> ELL_PA = Set.of("ELL", "ELLIFE");
    static final Set<String> ELL_NY = Set.of("0231", "8239");
    static final Set<String> FREE_PA = Set.of("1", "5817");
    static final Set<String> FREE_NY = Set.of("1", "A", "5817");
    static final Set<String> REDUCED_PA = Set.of("2");
    static final Set<String> REDUCED_NY = Set.of("2", "5806");
    static final Set<String> IEP_PA = Set.of("IEP");
    static final Set<String> IEP_NY = Set.of(
            "0352", "0385", "0396", "0407", "0418", "0429", "0440", "0451", "0462", "0473", "0484", "0495", "5786",
            "SE");

    private StatusRules() {}

    /** {@code status-end-date}: a code counts while it has no end date or ends after {@code asOf}. */
    static boolean current(DatedCode code, LocalDate asOf) {
        return code.end().equals(DatedCode.OPEN) || code.end().isAfter(asOf);
    }

    static boolean anyCurrent(Collection<DatedCode> codes, Set<String> wanted, LocalDate asOf) {
        for (DatedCode code : codes) {
            if (wanted.contains(code.code()) && current(code, asOf)) {
                return true;
            }
        }
        return false;
    }

    static String ell(List<DatedCode> statuses, StateCodes state, LocalDate asOf) {
        return StudentFieldRules.yesNo(anyCurrent(statuses, state == StateCodes.PA ? ELL_PA : ELL_NY, asOf));
    }

    static String frl(List<DatedCode> meals, StateCodes state, LocalDate asOf) {
        if (anyCurrent(meals, state == StateCodes.PA ? FREE_PA : FREE_NY, asOf)) {
            return "F";
        }
        if (anyCurrent(meals, state == StateCodes.PA ? REDUCED_PA : REDUCED_NY, asOf)) {
            return "R";
        }
        return "N";
    }

    static String iep(List<DatedCode> specialEd, StateCodes state, LocalDate asOf) {
        return StudentFieldRules.yesNo(anyCurrent(specialEd, state == StateCodes.PA ? IEP_PA : IEP_NY, asOf));
    }
}
