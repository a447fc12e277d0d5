package org.rosterbridge.clever.api;

import java.io.IOException;
import org.rosterbridge.clever.District;
import org.rosterbridge.clever.DistrictState;

/** District: the same fields in every version except that v2.0 has no {@code portal_url} or {@code login_methods}. */
final class DistrictCodec {

    private DistrictCodec() {}

    static void write(Out o, District d) throws IOException {
        o.id("id", d.id());
        o.text("name", d.name());
        o.text("sis_type", d.sisType());
        if (d.launchDate().isPresent()) {
            o.text("launch_date", WireTime.date(d.launchDate().get()));
        }
        if (o.version() != ApiVersion.V2_0) {
            o.text("portal_url", d.portalUrl());
            o.g.writeArrayFieldStart("login_methods");
            for (String method : d.loginMethods()) {
                o.g.writeString(method);
            }
            o.endArray();
        }
        if (d.lastSync().isPresent()) {
            o.time("last_sync", d.lastSync().get());
        }
        o.optText("state", o.codes.known(d.state()));
        o.optText("mdr_number", d.mdrNumber());
        o.optText("nces_id", d.ncesId());
    }

    static District read(In in) {
        return new District(
                in.id("id"),
                in.text("name"),
                in.text("sis_type"),
                in.code(DistrictState.class, "state"),
                in.time("last_sync"),
                in.date("launch_date"),
                in.text("portal_url"),
                in.texts("login_methods"),
                in.text("mdr_number"),
                in.text("nces_id"));
    }
}
