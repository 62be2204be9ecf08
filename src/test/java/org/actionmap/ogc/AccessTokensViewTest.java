package org.actionmap.ogc;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.actionmap.KaribuTestBase;
import org.actionmap.ogc.ui.AccessTokensView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The access tokens page: opened from the user menu, a token created and shown once, then revoked. */
class AccessTokensViewTest extends KaribuTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private final String name = "QGIS " + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void revokeLeftovers() {
        jdbc.update("update access_token set revoked_at = now() where name = ? and revoked_at is null", name);
    }

    @Test
    void aUserCreatesATokenSeesItOnceAndRevokesItFromTheUserMenusPage() throws Exception {
        signIn("land");
        UI.getCurrent().navigate("plan");
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("user-menu")), "access-tokens");
        _get(AccessTokensView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("ogc-url")).getValue()).endsWith("/ogc");
        // QGIS's Basic authentication takes this user name with the token as the password
        assertThat(_get(TextField.class, spec -> spec.withId("basic-user")).getValue()).isEqualTo("land");
        // the GDAL command names this portal's address; the token's placeholder sits inside the quotes, where a shell
        // does not take its angle brackets for a redirection
        String ogc = _get(TextField.class, spec -> spec.withId("ogc-url")).getValue();
        assertThat(_get(TextField.class, spec -> spec.withId("gdal-example")).getValue())
                .matches("GDAL_HTTP_HEADERS=\"Authorization: Bearer <[^\"]+>\" ogrinfo -so OAPIF:\\S+ parcels")
                .endsWith("OAPIF:" + ogc + " parcels");

        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), name);
        _click(_get(Button.class, spec -> spec.withId("create-token")));

        String token = _get(TextField.class, spec -> spec.withId("new-token-value")).getValue();
        assertThat(token).startsWith("amt_").hasSizeGreaterThan(40);
        // only the hash is stored, for this user, and the secret appears nowhere in the database
        assertThat(jdbc.queryForObject("""
                select u.username from access_token t join app_user u on u.id = t.user_id
                 where t.token_hash = ? and t.name = ? and t.revoked_at is null
                """, String.class, sha256(token), name)).isEqualTo("land");
        assertThat(jdbc.queryForObject("select count(*) from access_token where token_hash = ? or token_prefix = ?",
                Integer.class, token, token)).isZero();
        _click(_get(Button.class, spec -> spec.withId("close-new-token")));
        assertThat(_find(TextField.class, spec -> spec.withId("new-token-value"))).isEmpty();

        long id = jdbc.queryForObject("select id from access_token where name = ? and revoked_at is null", Long.class, name);
        HorizontalLayout row = _get(HorizontalLayout.class, spec -> spec.withId("token-" + id));
        assertThat(_get(row, com.vaadin.flow.component.html.Span.class, spec -> spec.withText(name))).isNotNull();
        // the list never shows the secret again, only its first characters
        assertThat(row.getElement().getOuterHTML()).doesNotContain(token);

        _click(_get(Button.class, spec -> spec.withId("revoke-token-" + id)));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(HorizontalLayout.class, spec -> spec.withId("token-" + id))).isEmpty();
        assertThat(jdbc.queryForObject("select revoked_at is not null from access_token where id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void aTokenWithoutANameOrWithANameInUseIsRefusedWithTheReason() {
        signIn("leader");
        UI.getCurrent().navigate(AccessTokensView.class);
        TextField field = _get(TextField.class, spec -> spec.withId("token-name"));
        _setValue(field, "   ");
        _click(_get(Button.class, spec -> spec.withId("create-token")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(field.getTranslation("token.error.name-missing"));
        assertThat(_find(TextField.class, spec -> spec.withId("new-token-value"))).isEmpty();

        _setValue(field, name);
        _click(_get(Button.class, spec -> spec.withId("create-token")));
        _click(_get(Button.class, spec -> spec.withId("close-new-token")));
        _setValue(field, name.toLowerCase());
        _click(_get(Button.class, spec -> spec.withId("create-token")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains(name.toLowerCase());
        assertThat(jdbc.queryForObject("select count(*) from access_token where lower(name) = lower(?) and revoked_at is null",
                Integer.class, name)).isEqualTo(1);
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("token-list")).getChildren().count()).isPositive();
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
