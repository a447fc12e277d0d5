package org.rosterbridge.hub.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rosterbridge.clever.api.EventAction;
import org.rosterbridge.hub.store.Category;
import org.rosterbridge.hub.store.ChangeSet;

/**
 * Clever's sync holds: an upload that would delete more than {@code deletePercent} or update more than
 * {@code updatePercent} of any record type (students, teachers, staff, contacts, schools, sections, terms,
 * courses) is held until someone approves it. The district itself changes on every upload
 * ({@code last_sync}) and never counts.
 */
public record HoldPolicy(double deletePercent, double updatePercent) {
    public static final HoldPolicy CLEVER = new HoldPolicy(10, 75);

    /** Why {@code changes} must be held; empty when it may be published. */
    public List<String> reasons(ChangeSet changes) {
        List<String> reasons = new ArrayList<>();
        for (Category category : Category.values()) {
            int before = changes.before(category);
            check(reasons, category, "delete", changes.count(category, EventAction.DELETED), before, deletePercent);
            check(reasons, category, "update", changes.count(category, EventAction.UPDATED), before, updatePercent);
        }
        return reasons;
    }

    private static void check(
            List<String> reasons, Category category, String verb, int count, int before, double limit) {
        if (before > 0 && 100.0 * count / before > limit) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "would %s %d of %d %s (%.1f %% > %s %%)",
                    verb,
                    count,
                    before,
                    category.key().replace('_', ' '),
                    100.0 * count / before,
                    java.math.BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString()));
        }
    }
}
