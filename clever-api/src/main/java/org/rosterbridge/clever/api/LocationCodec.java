package org.rosterbridge.clever.api;

import java.io.IOException;
import org.rosterbridge.clever.Location;

/** {@code location}: nullable as a whole and in every part, so an empty location is omitted. */
final class LocationCodec {

    private LocationCodec() {}

    static void write(Out o, Location l) throws IOException {
        if (l.equals(Location.EMPTY)) {
            return;
        }
        o.startObject("location");
        o.optText("address", l.address());
        o.optText("city", l.city());
        o.optText("state", l.state());
        o.optText("zip", l.zip());
        o.optText("lat", l.lat());
        o.optText("lon", l.lon());
        o.end();
    }

    static Location read(In parent) {
        In l = parent.object("location");
        return new Location(
                l.text("address"), l.text("city"), l.text("state"), l.text("zip"), l.text("lat"), l.text("lon"));
    }
}
