package org.actionmap.power;

import org.actionmap.collaboration.ObjectLinks;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A substation or line in a feed opens in the power workspace with its details; a rural area opens the workspace. */
@Component
class PowerObjectLinks implements ObjectLinks {

    @Override
    public Optional<String> linkFor(String kind, String code) {
        return switch (kind) {
            case PowerSnapshots.SUBSTATION, PowerSnapshots.POWER_LINE ->
                    Optional.of("power?feature=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
            case PowerSnapshots.RURAL_AREA -> Optional.of("power");
            default -> Optional.empty();
        };
    }
}
