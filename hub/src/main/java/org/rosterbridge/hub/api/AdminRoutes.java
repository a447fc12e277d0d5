package org.rosterbridge.hub.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.rosterbridge.hub.HubException;
import org.rosterbridge.hub.HubStatus;
import org.rosterbridge.hub.IngestResult;
import org.rosterbridge.hub.Upload;

/**
 * The hub's own endpoints, not Clever's, behind the admin token: status, uploads with their validation
 * reports, approving and discarding held snapshots, and processing the upload directory now.
 */
final class AdminRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Admin admin;

    AdminRoutes(Admin admin) {
        this.admin = admin;
    }

    void register(RoutesConfig routes) {
        routes.get("/admin/status", ctx -> json(ctx, status(admin.status())));
        routes.get("/admin/snapshots", ctx -> {
            ArrayNode list = JSON.createArrayNode();
            admin.status().uploads().forEach(u -> list.add(upload(u, false)));
            json(ctx, JSON.createObjectNode().set("snapshots", list));
        });
        routes.get("/admin/snapshots/{seq}", ctx -> json(ctx, upload(find(ctx), true)));
        routes.get(
                "/admin/snapshots/{seq}/report",
                ctx -> json(ctx, JSON.readTree(find(ctx).report())));
        routes.post("/admin/snapshots/{seq}/approve", ctx -> json(ctx, result(act(() -> admin.approve(seq(ctx))))));
        routes.post("/admin/snapshots/{seq}/discard", ctx -> {
            run(() -> admin.discard(seq(ctx)));
            json(ctx, JSON.createObjectNode().put("snapshot", seq(ctx)).put("state", "DISCARDED"));
        });
        routes.post("/admin/ingest", ctx -> json(ctx, result(admin.ingestNow())));
    }

    private interface Action<T> {
        T run();
    }

    // Approving or discarding what is not held is a conflict with the hub's state, not a server error.
    private static <T> T act(Action<T> action) {
        try {
            return action.run();
        } catch (HubException e) {
            if (e instanceof ApiException) {
                throw e;
            }
            throw ApiException.conflict(e.getMessage());
        }
    }

    private static void run(Runnable action) {
        act(() -> {
            action.run();
            return Boolean.TRUE;
        });
    }

    private Upload find(Context ctx) {
        int seq = seq(ctx);
        return admin.status().uploads().stream()
                .filter(u -> u.snapshot() == seq)
                .findFirst()
                .orElseThrow(ApiException::notFound);
    }

    private static int seq(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("seq"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound();
        }
    }

    static ObjectNode status(HubStatus status) {
        ObjectNode node = JSON.createObjectNode();
        node.put("served_snapshot", status.servedSnapshot());
        node.put("served_since", status.servedSince().toString());
        node.put("upload_pending", status.uploadPending());
        ArrayNode held = node.putArray("held");
        status.held().forEach(u -> held.add(upload(u, false)));
        ArrayNode rejected = node.putArray("rejected");
        status.rejected().forEach(u -> rejected.add(upload(u, false)));
        status.uploads().stream().findFirst().ifPresent(u -> node.set("last_upload", upload(u, true)));
        return node;
    }

    private static ObjectNode upload(Upload upload, boolean withReport) {
        ObjectNode node = JSON.createObjectNode()
                .put("snapshot", upload.snapshot())
                .put("state", upload.state().name())
                .put("received_at", upload.receivedAt().toString())
                .put("decided_at", upload.decidedAt().toString())
                .put("errors", upload.errors())
                .put("warnings", upload.warnings())
                .put("reason", upload.reason());
        node.set("changes", parse(upload.changes()));
        if (withReport) {
            node.set("report", parse(upload.report()));
        }
        return node;
    }

    private static ObjectNode result(IngestResult result) {
        ObjectNode node = JSON.createObjectNode().put("snapshot", result.snapshot());
        if (result instanceof IngestResult.Published published) {
            node.put("outcome", "published").set("changes", JSON.valueToTree(published.changes()));
        } else if (result instanceof IngestResult.Held held) {
            node.put("outcome", "held").set("reasons", JSON.valueToTree(held.reasons()));
        } else if (result instanceof IngestResult.Rejected rejected) {
            node.put("outcome", "rejected").put("errors", rejected.errors());
            node.set("problems", JSON.valueToTree(rejected.problems()));
        } else {
            node.put("outcome", "unchanged");
        }
        return node;
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return JSON.readTree(json.isEmpty() ? "{}" : json);
        } catch (java.io.IOException e) {
            return JSON.valueToTree(Map.of());
        }
    }

    private static void json(Context ctx, com.fasterxml.jackson.databind.JsonNode node) throws java.io.IOException {
        ctx.contentType("application/json").result(JSON.writeValueAsBytes(node));
    }
}
