package org.actionmap.collaboration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import org.actionmap.map.BaseLayers;
import org.actionmap.map.LayerStyle;
import org.actionmap.map.MapComponent;
import org.actionmap.map.MapLayer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A save that came too late: a colleague saved a newer version meanwhile. Nothing was overwritten; the user sees
 * their change and the newer one side by side (the attributes that differ, both shapes on a map) and either applies
 * theirs on top of the newer version (checked again like any save) or drops it and takes the newer one.
 */
public class ConflictDialog extends Dialog {

    /** One attribute as the user's change has it and as the newer version has it. */
    public record Row(String label, String mine, String theirs) {
        boolean differs() {
            return !java.util.Objects.equals(mine, theirs);
        }
    }

    /**
     * @param mineGeometry   the shape of the user's change (GeoJSON), or null when the object has none
     * @param theirsGeometry the newer version's shape (GeoJSON), or null
     */
    public ConflictDialog(String title, String theirsBy, List<Row> rows, String mineGeometry, String theirsGeometry,
                          Runnable applyMine, Runnable dropMine) {
        setHeaderTitle(getTranslation("conflict.title", title));
        setId("conflict-dialog");
        setWidth("min(56em, 95vw)");
        add(new Paragraph(getTranslation("conflict.text", theirsBy)));
        Grid<Row> grid = new Grid<>();
        grid.setId("conflict-rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Row::label).setHeader(getTranslation("conflict.field")).setAutoWidth(true);
        grid.addColumn(r -> shown(r.mine())).setHeader(getTranslation("conflict.mine")).setFlexGrow(1);
        grid.addColumn(r -> shown(r.theirs())).setHeader(getTranslation("conflict.theirs")).setFlexGrow(1);
        grid.setClassNameGenerator(r -> r.differs() ? "differs" : null);
        List<Row> differing = rows.stream().filter(Row::differs).toList();
        grid.setItems(differing.isEmpty() ? rows : differing);
        grid.setAllRowsVisible(true);
        add(grid);
        if (mineGeometry != null || theirsGeometry != null) {
            MapComponent map = new MapComponent();
            map.setId("conflict-map");
            map.setHeight("260px");
            map.setTexts(Map.of("layers", getTranslation("map.layers"), "gk", getTranslation("map.gk")));
            BaseLayers.all(this::getTranslation, "zh".equals(getLocale().getLanguage())).forEach(map::addLayer);
            if (theirsGeometry != null) {
                map.addLayer(MapLayer.geoJson("conflict-theirs", getTranslation("conflict.theirs"), dataUrl(theirsGeometry),
                        LayerStyle.area("#1565c0", "rgba(21,101,192,0.12)")));
            }
            if (mineGeometry != null) {
                map.addLayer(MapLayer.geoJson("conflict-mine", getTranslation("conflict.mine"), dataUrl(mineGeometry),
                        LayerStyle.area("#ef6c00", "rgba(239,108,0,0.12)").dashed(6, 4)));
            }
            add(map);
        }
        Button apply = new Button(getTranslation("conflict.apply-mine"), e -> {
            close();
            applyMine.run();
        });
        apply.setId("conflict-apply-mine");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button drop = new Button(getTranslation("conflict.drop-mine"), e -> {
            close();
            dropMine.run();
        });
        drop.setId("conflict-drop-mine");
        getFooter().add(drop, apply);
    }

    /** Sets the map view to a shape's extent once the caller knows it (W, S, E, N). */
    public void fit(double[] extent) {
        getChildren().filter(c -> c instanceof MapComponent).map(c -> (MapComponent) c).findFirst()
                .ifPresent(m -> m.fitExtent(extent[0], extent[1], extent[2], extent[3]));
    }

    /** A shape as a GeoJSON feature collection in a data: address: the map fetches it like any layer. */
    static String dataUrl(String geometry) {
        String collection = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                + geometry + "}]}";
        return "data:application/geo+json;charset=utf-8,"
                + URLEncoder.encode(collection, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shown(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
