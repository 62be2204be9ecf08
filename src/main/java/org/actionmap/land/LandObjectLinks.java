package org.actionmap.land;

import org.actionmap.collaboration.ObjectLinks;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A parcel in a feed opens on the map with its details; a zone opens on the map framed and outlined. */
@Component
class LandObjectLinks implements ObjectLinks {

    @Override
    public Optional<String> linkFor(String kind, String code) {
        if (LandSnapshots.PARCEL.equals(kind)) {
            return Optional.of("map?parcel=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        }
        return LandSnapshots.ZONE.equals(kind)
                ? Optional.of("map?zone=" + URLEncoder.encode(code, StandardCharsets.UTF_8)) : Optional.empty();
    }
}
