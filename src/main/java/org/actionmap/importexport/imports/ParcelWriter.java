package org.actionmap.importexport.imports;

import org.actionmap.land.ParcelBatchProblem;
import org.actionmap.land.ParcelBatchRefusedException;
import org.actionmap.common.Translations;
import org.actionmap.land.ParcelBatchService;
import org.actionmap.land.LandUses;
import org.actionmap.land.ParcelPurpose;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parcels from a file, all at once through {@link ParcelBatchService}: the field, geometry, placement, overlap and
 * permission rules of a parcel drawn on the map, checked by PostGIS over the whole file. A parcel comes in at its
 * workflow's first step (new land planned, idle land identified on the reporting date); later steps are recorded in
 * the parcel's form, with their dates. A feature without a name is named by its code.
 */
@Component
class ParcelWriter implements BatchTargetWriter {

    private final ParcelBatchService parcels;

    ParcelWriter(ParcelBatchService parcels) {
        this.parcels = parcels;
    }

    @Override
    public ImportTarget target() {
        return ImportTarget.PARCELS;
    }

    @Override
    public boolean mayWrite() {
        return parcels.mayAddSomewhere();
    }

    @Override
    public List<ImportProblem> writeAll(StagedImport staged, ImportMapping mapping, ImportProgress progress, boolean write) {
        List<Object> parameters = new ArrayList<>();
        String code = value("code", mapping, parameters);
        String name = "coalesce(" + value("name", mapping, parameters) + ", " + value("code", mapping, parameters) + ")";
        String landUse = value("landUse", mapping, parameters);
        String purpose = value("purpose", mapping, parameters);
        String notes = value("notes", mapping, parameters);
        parameters.add(staged.id());
        String landUses = labelled(LandUses.ALL, List.of("parcel.land-use.", "import.value.landUse."), parameters);
        String purposes = labelled(Arrays.stream(ParcelPurpose.values()).map(Enum::name).toList(),
                List.of("parcel.purpose.", "import.value.purpose."), parameters);
        // a land use or purpose written as the portal shows it (仓储用地, Idle-land clearing) is taken as its code
        String query = """
                select raw.feature_no, raw.code, raw.name, coalesce(lu.code, raw.land_use) as land_use,
                       coalesce(pu.code, raw.purpose) as purpose, raw.notes, raw.geom
                  from (select s.feature_no, %s as code, %s as name, %s as land_use, %s as purpose, %s as notes,
                               st_transform(s.geom, 4326) as geom
                          from import_staging s where s.import_id = ?) as raw
                  left join (%s) as lu(label, code) on lu.label = lower(raw.land_use)
                  left join (%s) as pu(label, code) on pu.label = lower(raw.purpose)
                """.formatted(code, name, landUse, purpose, notes, landUses, purposes);
        ParcelBatchService.Source source = new ParcelBatchService.Source(query, parameters);
        List<ParcelBatchProblem> found;
        if (write) {
            try {
                parcels.add(source, progress::update);
                found = List.of();
            } catch (ParcelBatchRefusedException e) {
                found = e.problems();
            }
        } else {
            found = parcels.check(source, progress::update);
        }
        List<ImportProblem> problems = new ArrayList<>();
        for (ParcelBatchProblem p : found) {
            problems.add(new ImportProblem(p.featureNumber(), p.code(), p.message(), p.where()));
        }
        return problems;
    }

    /**
     * A {@code values} list of (label in lower case, code) for the codes, their labels in both languages under each
     * key prefix, and the codes themselves in any case; the labels go in as parameters.
     */
    private static String labelled(List<String> codes, List<String> prefixes, List<Object> parameters) {
        Map<String, String> byLabel = new LinkedHashMap<>();
        for (String code : codes) {
            byLabel.put(code.toLowerCase(Locale.ROOT), code);
            for (String prefix : prefixes) {
                for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
                    Translations.text(prefix + code, locale).ifPresent(l -> byLabel.putIfAbsent(l.strip().toLowerCase(Locale.ROOT), code));
                }
            }
        }
        byLabel.forEach((label, code) -> {
            parameters.add(label);
            parameters.add(code);
        });
        return "values " + String.join(", ", java.util.Collections.nCopies(byLabel.size(), "(?::text, ?::text)"));
    }

    /**
     * SQL for a target field's value, as {@link ImportMapping#valueOf} gives it: the mapped source field's text,
     * trimmed, unless blank; else the constant chosen; else null. Field names and constants go in as parameters.
     */
    private static String value(String field, ImportMapping mapping, List<Object> parameters) {
        String constant = mapping.constants().get(field);
        constant = constant == null || constant.isBlank() ? null : constant.trim();
        String source = mapping.source(field);
        if (source == null) {
            parameters.add(constant);
            return "?::text";
        }
        parameters.add(source);
        parameters.add(constant);
        return "coalesce(" + ParcelBatchService.trimmed("s.properties ->> ?") + ", ?::text)";
    }
}
