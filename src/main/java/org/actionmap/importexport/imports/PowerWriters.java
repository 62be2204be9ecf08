package org.actionmap.importexport.imports;

import org.actionmap.common.UserMessageException;
import org.actionmap.power.PowerEditService;
import org.actionmap.power.PowerLineDraft;
import org.actionmap.power.SubstationDraft;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * Substations and lines from a file, through {@link PowerEditService}: the power bureau's checks (voltage offered,
 * inside the county, names, unique code) and its permission. Lines come in planned, substations without a schedule.
 */
@Configuration
class PowerWriters {

    @Bean
    TargetWriter substationWriter(PowerEditService power) {
        return new TargetWriter() {
            @Override
            public ImportTarget target() {
                return ImportTarget.SUBSTATIONS;
            }

            @Override
            public boolean mayWrite() {
                return power.mayEdit();
            }

            @Override
            public void write(StagedFeature f, ImportMapping m) {
                power.saveSubstation(new SubstationDraft(null, 0, m.valueOf(f, "code"), m.valueOf(f, "nameZh"),
                        englishName(f, m), voltage(m.valueOf(f, "voltageKv")), m.valueOf(f, "kind"), null,
                        m.valueOf(f, "notes"), f.geometry(), Map.of()));
            }
        };
    }

    @Bean
    TargetWriter lineWriter(PowerEditService power) {
        return new TargetWriter() {
            @Override
            public ImportTarget target() {
                return ImportTarget.LINES;
            }

            @Override
            public boolean mayWrite() {
                return power.mayEdit();
            }

            @Override
            public void write(StagedFeature f, ImportMapping m) {
                power.saveLine(new PowerLineDraft(null, 0, m.valueOf(f, "code"), m.valueOf(f, "nameZh"),
                        englishName(f, m), voltage(m.valueOf(f, "voltageKv")), m.valueOf(f, "kind"), "PLANNED", null,
                        m.valueOf(f, "notes"), f.geometry()));
            }
        };
    }

    /**
     * The English name, else the Chinese one: the power module wants both, and a bureau's survey file usually has
     * Chinese names only (the form's English name can be written later), as a zone's English name defaults to its
     * Chinese one.
     */
    static String englishName(StagedFeature f, ImportMapping m) {
        String english = m.valueOf(f, "nameEn");
        return english != null ? english : m.valueOf(f, "nameZh");
    }

    /** "110", "110kV", "110 kV" are all 110; anything else is refused with the value. */
    static int voltage(String value) {
        String digits = value == null ? "" : value.replaceAll("(?i)\\s*kv$", "").trim();
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new UserMessageException("import.problem.value", "voltageKv", String.valueOf(value));
        }
    }
}
