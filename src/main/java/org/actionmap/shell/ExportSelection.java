package org.actionmap.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one way a list of features offers "Export selected (n)": its grid gets a checkbox column, and the button opens
 * the export page with the selected features' codes ({@code export?layer=parcels&codes=A,B}). A click elsewhere on a
 * row still does what it did (the grid sends no item click for a click on the checkbox). By address, because the
 * export lives in {@code importexport}, which nothing depends on. Used by the parcel list, the site list and the power
 * lines.
 */
public final class ExportSelection<T> {

    private final Grid<T> grid;
    private final String layer;
    private final Function<T, String> code;
    private final Button button = new Button();

    /**
     * @param layer the export page's name of the layer ({@code parcels}, {@code sites}, {@code power-lines})
     * @param code  a feature's code, by which the export page selects it
     */
    public ExportSelection(Grid<T> grid, String layer, Function<T, String> code) {
        this.grid = grid;
        this.layer = layer;
        this.code = code;
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(e -> selectionChanged());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClickListener(e -> openExport());
        selectionChanged();
    }

    /** The "Export selected (n)" button, disabled while nothing is selected. */
    public Button button() {
        return button;
    }

    /**
     * Shows other items (a filter changed, colleagues changed features): those still shown stay selected, matched by
     * code since a feature read again is another object.
     */
    public void setItems(List<T> items) {
        Set<String> selected = grid.getSelectedItems().stream().map(code).collect(Collectors.toSet());
        grid.deselectAll();
        grid.setItems(items);
        grid.asMultiSelect().select(items.stream().filter(i -> selected.contains(code.apply(i))).toList());
        selectionChanged();
    }

    private void selectionChanged() {
        int selected = grid.getSelectedItems().size();
        button.setText(button.getTranslation("export.selected", selected));
        button.setEnabled(selected > 0);
    }

    /** The export page with the selected codes, in the list's order. */
    private void openExport() {
        Set<T> selected = grid.getSelectedItems();
        String codes = grid.getListDataView().getItems().filter(selected::contains).map(code).collect(Collectors.joining(","));
        if (!codes.isEmpty()) {
            button.getUI().ifPresent(ui -> ui.navigate("export", QueryParameters.simple(Map.of("layer", layer, "codes", codes))));
        }
    }
}
