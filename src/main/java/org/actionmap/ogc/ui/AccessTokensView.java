package org.actionmap.ogc.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import org.actionmap.common.UserMessageException;
import org.actionmap.security.AccessTokenInfo;
import org.actionmap.security.AccessTokenService;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.NewAccessToken;
import org.actionmap.shell.DeleteConfirmation;
import org.actionmap.shell.MainLayout;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Where a user connects QGIS or GDAL to the portal: the addresses of the OGC API and the parcel tiles, and their
 * personal access tokens, which they create (the token is shown once), name and revoke. Opened from the user menu.
 */
@Route(value = "access-tokens", layout = MainLayout.class)
@PermitAll
public class AccessTokensView extends VerticalLayout implements HasDynamicTitle {

    private final transient AccessTokenService tokens;
    private final VerticalLayout list = new VerticalLayout();
    private final TextField name = new TextField();
    private final DateTimeFormatter dates;

    public AccessTokensView(AccessTokenService tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        setMaxWidth("60rem");

        String base = baseUrl();
        add(new H2(getTranslation("token.title")), new Paragraph(getTranslation("token.intro")));
        add(address("ogc-url", getTranslation("token.ogc-url"), base + "/ogc"),
                address("tilejson-url", getTranslation("token.tilejson-url"), base + "/tiles/parcels.json"),
                address("tiles-url", getTranslation("token.tiles-url"), base + "/tiles/parcels/{z}/{x}/{y}.mvt"),
                address("basic-user", getTranslation("token.basic-user"), currentUser.require().username()),
                address("header-example", getTranslation("token.header"), "Authorization: Bearer " + getTranslation("token.header.placeholder")));
        add(new Paragraph(getTranslation("token.qgis-help")),
                // the command as it runs once the token is pasted in: the placeholder stays inside the quotes
                address("gdal-example", getTranslation("token.gdal-example"), "GDAL_HTTP_HEADERS=\"Authorization: Bearer "
                        + getTranslation("token.header.placeholder") + "\" ogrinfo -so OAPIF:" + base + "/ogc parcels"),
                new Paragraph(getTranslation("token.gdal-help")));

        add(new H3(getTranslation("token.mine")));
        name.setId("token-name");
        name.setLabel(getTranslation("token.name"));
        name.setPlaceholder(getTranslation("token.name.placeholder"));
        name.setMaxLength(100);
        name.setWidth("20rem");
        Button create = new Button(getTranslation("token.create"), e -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        list.setId("token-list");
        list.setPadding(false);
        add(form, list);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("token.title") + " · " + getTranslation("app.name");
    }

    private void create() {
        try {
            NewAccessToken created = tokens.create(name.getValue());
            name.clear();
            name.setInvalid(false);
            refresh();
            showOnce(created);
        } catch (UserMessageException e) {
            name.setErrorMessage(e.translate(this::getTranslation));
            name.setInvalid(true);
        }
    }

    /** The secret, once: only its hash is kept, so closing this dialog is the last chance to copy it. */
    private void showOnce(NewAccessToken created) {
        Dialog dialog = new Dialog();
        dialog.setId("new-token-dialog");
        dialog.setHeaderTitle(getTranslation("token.created", created.info().name()));
        TextField secret = new TextField(getTranslation("token.secret"));
        secret.setId("new-token-value");
        secret.setValue(created.token());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addFocusListener(e -> secret.getElement().executeJs("this.inputElement.select()"));
        Paragraph once = new Paragraph(getTranslation("token.shown-once"));
        Button close = new Button(getTranslation("token.close"), e -> dialog.close());
        close.setId("close-new-token");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout content = new VerticalLayout(secret, once);
        content.setPadding(false);
        content.setWidth("36rem");
        dialog.add(content);
        dialog.getFooter().add(close);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private void refresh() {
        list.removeAll();
        var mine = tokens.mine();
        if (mine.isEmpty()) {
            list.add(new Span(getTranslation("token.none")));
        }
        for (AccessTokenInfo token : mine) {
            list.add(row(token));
        }
    }

    private HorizontalLayout row(AccessTokenInfo token) {
        Span title = new Span(token.name());
        title.getStyle().set("font-weight", "600");
        Span prefix = new Span(token.prefix() + "…");
        prefix.getStyle().set("font-family", "monospace");
        Span created = new Span(getTranslation("token.created-at", dates.format(token.createdAt())));
        Span used = new Span(token.lastUsedAt() == null ? getTranslation("token.never-used")
                : getTranslation("token.last-used", dates.format(token.lastUsedAt())));
        for (Span s : new Span[]{created, used}) {
            s.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        }
        Button revoke = new Button(getTranslation("token.revoke"), e -> DeleteConfirmation.open(
                getTranslation("token.revoke.title", token.name()), getTranslation("token.revoke.text"),
                getTranslation("token.revoke.cancel"), getTranslation("token.revoke"), () -> revoke(token)));
        revoke.setId("revoke-token-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div text = new Div(title, new Span(" "), prefix);
        VerticalLayout info = new VerticalLayout(text, new HorizontalLayout(created, used));
        info.setPadding(false);
        info.setSpacing(false);
        HorizontalLayout row = new HorizontalLayout(info, revoke);
        row.setId("token-" + token.id());
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.expand(info);
        return row;
    }

    private void revoke(AccessTokenInfo token) {
        try {
            tokens.revoke(token.id());
        } catch (UserMessageException e) {
            com.vaadin.flow.component.notification.Notification.show(e.translate(this::getTranslation), 5000,
                    com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        }
        refresh();
    }

    private static TextField address(String id, String label, String value) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValue(value);
        field.setReadOnly(true);
        field.setWidthFull();
        return field;
    }

    /** The portal's address as the browser reached it, for the addresses to give QGIS. */
    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        String scheme = http.getHeader("X-Forwarded-Proto") != null ? http.getHeader("X-Forwarded-Proto") : http.getScheme();
        int port = http.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath();
    }
}
