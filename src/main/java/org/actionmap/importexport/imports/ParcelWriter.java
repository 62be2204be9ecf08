package org.actionmap.importexport.imports;

import org.actionmap.land.ParcelBatchProblem;
import org.actionmap.land.ParcelBatchRefusedException;
import org.actionmap.land.ParcelBatchService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

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
        String query = """
                select s.feature_no, %s as code, %s as name, %s as land_use, %s as purpose, %s as notes,
                       st_transform(s.geom, 4326) as geom
                  from import_staging s where s.import_id = ?
                """.formatted(code, name, landUse, purpose, notes);
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
