package org.rosterbridge.hub.api;

import io.javalin.http.Context;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.api.CleverJson;
import org.rosterbridge.clever.api.ListWriter;
import org.rosterbridge.clever.api.PageLinks;
import org.rosterbridge.clever.api.Stamped;
import org.rosterbridge.hub.store.Selection;
import org.rosterbridge.hub.store.SnapshotStore;

/**
 * Writes one page of a list: picks the records by cursor, reads them from the store and streams Clever's
 * list envelope with {@code self}, {@code next} and {@code prev} links (relative, version prefix included,
 * the request's other parameters kept). With {@code count=true} the body also has {@code "count"}: the
 * number of records the list has in all.
 */
final class Pager {
    private final SnapshotStore store;

    Pager(SnapshotStore store) {
        this.store = store;
    }

    void write(Context ctx, CleverJson json, Selection selection) {
        PageRequest request = PageRequest.of(ctx);
        int[] range = range(selection, request);
        List<Stamped> records = store.records(selection, range[0], range[1]);
        PageLinks links = links(ctx, selection, request, range);
        ctx.contentType("application/json");
        try {
            OutputStream out = ctx.outputStream();
            if (request.count()) {
                out.write(("{\"count\":" + selection.size() + ",").getBytes(StandardCharsets.US_ASCII));
                out = new SkipFirstByte(out);
            }
            ListWriter writer = json.listWriter(out, selection.type());
            records.forEach(writer::item);
            writer.finish(links);
        } catch (IOException e) {
            throw new UncheckedIOException("the client went away", e);
        }
    }

    /** The index range [from, to) of the page. */
    static int[] range(Selection selection, PageRequest request) {
        int size = selection.size();
        int limit = request.limit();
        PageRequest.Cursor cursor = request.cursor();
        if (cursor instanceof PageRequest.After after) {
            return span(selection.after(after.id()), size, limit);
        } else if (cursor instanceof PageRequest.Before before) {
            return back(selection.atOrAfter(before.id()), limit);
        } else if (cursor instanceof PageRequest.Last) {
            return back(size, limit);
        }
        return span(0, size, limit);
    }

    private static int[] span(int from, int size, int limit) {
        return new int[] {from, Math.min(size, from + limit)};
    }

    private static int[] back(int to, int limit) {
        return new int[] {Math.max(0, to - limit), to};
    }

    private static PageLinks links(Context ctx, Selection selection, PageRequest request, int[] range) {
        String path = ctx.path();
        Map<String, List<String>> kept = ctx.queryParamMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("starting_after") && !e.getKey().equals("ending_before"))
                .filter(e -> !e.getKey().equals("limit"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
        String self = ctx.queryString() == null ? path : path + "?" + ctx.queryString();
        String next = range[1] < selection.size() && range[1] > range[0]
                ? uri(path, kept, request.limit(), "starting_after", selection.wireId(range[1] - 1))
                : "";
        String prev = range[0] > 0 && range[1] > range[0]
                ? uri(path, kept, request.limit(), "ending_before", selection.wireId(range[0]))
                : "";
        return new PageLinks(self, next, prev);
    }

    private static String uri(String path, Map<String, List<String>> kept, int limit, String cursor, CleverId id) {
        StringBuilder uri = new StringBuilder(path).append("?limit=").append(limit);
        kept.forEach((name, values) -> values.forEach(
                v -> uri.append('&').append(encode(name)).append('=').append(encode(v))));
        return uri.append('&').append(cursor).append('=').append(id.value()).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Drops the list's opening brace, which the count prefix has written already. */
    private static final class SkipFirstByte extends FilterOutputStream {
        private boolean skipped;

        SkipFirstByte(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (skipped) {
                out.write(b);
            } else {
                skipped = true;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            if (!skipped) {
                skipped = true;
                offset++;
                length--;
            }
            out.write(bytes, offset, length);
        }
    }
}
