package org.rosterbridge.hub.store;

import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.api.ResourceType;
import org.rosterbridge.hub.ids.IdColumn;

/**
 * An ordered list of records to page through: which records (positions in one kind's table), in ascending
 * order of the id they have on the wire (the record id, or for v2 people the role's legacy id), and the
 * type to show them as. Shares the catalog's arrays rather than copying them, so selecting a million
 * students costs nothing per request. Immutable.
 */
public final class Selection {
    private final Kind kind;
    private final ResourceType type;
    private final Table table;
    private final int[] positions;
    private final boolean whole;
    private final IdColumn wireIds;

    private Selection(Kind kind, ResourceType type, Table table, int[] positions, boolean whole, IdColumn wireIds) {
        this.kind = kind;
        this.type = type;
        this.table = table;
        this.positions = positions;
        this.whole = whole;
        this.wireIds = wireIds;
    }

    /** Every record of a table, which is already in id order. */
    static Selection all(Kind kind, ResourceType type, Table table) {
        return new Selection(kind, type, table, new int[0], true, table.ids);
    }

    /** The records at {@code positions} of {@code table}, ascending, shown by their own ids. */
    static Selection of(Kind kind, ResourceType type, Table table, int[] positions) {
        return new Selection(kind, type, table, positions, false, table.ids);
    }

    /** Records shown by other ids: {@code wireIds} ascending, {@code positions[i]} the record of the i-th. */
    static Selection byWireIds(Kind kind, ResourceType type, Table table, int[] positions, IdColumn wireIds) {
        return new Selection(kind, type, table, positions, false, wireIds);
    }

    /** Records shown by other ids, in any order: sorted here. */
    static Selection sortedByWireIds(Kind kind, ResourceType type, Table table, int[] positions, IdColumn wireIds) {
        int[] order = wireIds.sortedOrder();
        int[] sorted = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = positions[order[i]];
        }
        return byWireIds(kind, type, table, sorted, wireIds.permuted(order));
    }

    public Kind kind() {
        return kind;
    }

    /** How the records are shown. */
    public ResourceType type() {
        return type;
    }

    public int size() {
        return whole ? table.size() : positions.length;
    }

    /** The table position of the {@code index}-th record. */
    public int position(int index) {
        return whole ? index : positions[index];
    }

    /** The wire id of the {@code index}-th record. */
    public CleverId wireId(int index) {
        return wireIds == table.ids ? table.ids.get(position(index)) : wireIds.get(index);
    }

    Table table() {
        return table;
    }

    /** The index of the first record whose wire id is above {@code id}. */
    public int after(CleverId id) {
        int at = atOrAfter(id);
        return at < size() && wireId(at).equals(id) ? at + 1 : at;
    }

    /** The index of the first record whose wire id is not below {@code id}. */
    public int atOrAfter(CleverId id) {
        long hi = IdColumn.high(id);
        int lo = IdColumn.low(id);
        int from = 0;
        int to = size();
        while (from < to) {
            int middle = (from + to) >>> 1;
            if (compare(middle, hi, lo) < 0) {
                from = middle + 1;
            } else {
                to = middle;
            }
        }
        return from;
    }

    private int compare(int index, long hi, int lo) {
        return wireIds == table.ids ? table.ids.compareTo(position(index), hi, lo) : wireIds.compareTo(index, hi, lo);
    }
}
