package org.rosterbridge.clever.api;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Follows {@code links.next} from a first page until a page has none, delivering each page and checking the
 * chain: every page 200 and parseable, no page twice, no link off the API, ids strictly ascending.
 */
final class Pager<T> {

    private final Transport transport;
    private final Function<byte[], DecodedPage<T>> decoder;
    private final Function<Decoded<T>, String> idOf;

    private int pages;
    private long records;
    private String lastId;

    Pager(Transport transport, Function<byte[], DecodedPage<T>> decoder, Function<Decoded<T>, String> idOf) {
        this.transport = transport;
        this.decoder = decoder;
        this.idOf = idOf;
    }

    static String firstPath(String path, ListQuery query, String startingAfter) {
        StringBuilder uri = new StringBuilder(path).append("?limit=").append(query.limit());
        for (Map.Entry<String, String> filter : query.filters().entrySet()) {
            uri.append('&').append(encode(filter.getKey())).append('=').append(encode(filter.getValue()));
        }
        if (!startingAfter.isEmpty()) {
            uri.append("&starting_after=").append(encode(startingAfter));
        }
        return uri.toString();
    }

    PageChain run(String firstPath, String startingAfter, Consumer<DecodedPage<T>> sink) {
        lastId = startingAfter;
        Set<String> seen = new HashSet<>();
        String path = firstPath;
        while (true) {
            if (!seen.add(path)) {
                return broken(path, 0, "next link repeats an earlier page");
            }
            Transport.Reply response;
            try {
                response = transport.get(path);
            } catch (CleverApiException e) {
                return broken(path, 0, e.getMessage());
            }
            if (response.status() != 200) {
                String after = response.attempts() > 1 ? " after " + response.attempts() + " attempts" : "";
                return broken(path, response.status(), "HTTP " + response.status() + after);
            }
            DecodedPage<T> page;
            try {
                page = decoder.apply(response.body());
            } catch (CleverApiException e) {
                return broken(path, 200, e.getMessage());
            }
            String backwards = firstOutOfOrder(page);
            if (!backwards.isEmpty()) {
                return broken(path, 200, "ids not ascending at " + backwards);
            }
            sink.accept(page);
            pages++;
            records += page.items().size();
            if (page.links().next().isEmpty() || page.items().isEmpty()) {
                return new PageChain.Complete(pages, records, lastId);
            }
            try {
                URI next = transport.links().resolve(page.links().next());
                path = transport.links().display(next);
            } catch (IllegalArgumentException e) {
                return broken(path, 200, "next link unusable: " + e.getMessage());
            }
        }
    }

    // Clever pages in ascending id order; a step back means the chain skipped or repeated records.
    private String firstOutOfOrder(DecodedPage<T> page) {
        String previous = lastId;
        for (Decoded<T> item : page.items()) {
            String id = idOf.apply(item);
            if (id.isEmpty()) {
                continue;
            }
            if (!previous.isEmpty() && id.compareTo(previous) <= 0) {
                return id;
            }
            previous = id;
        }
        lastId = previous;
        return "";
    }

    private PageChain broken(String path, int status, String reason) {
        return new PageChain.Incomplete(pages, records, lastId, path, status, reason);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
