package org.actionmap.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import org.actionmap.KaribuTestBase;
import org.actionmap.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing in: passwords checked against the bcrypt hashes in the database, language before and after. */
class SignInTest extends KaribuTestBase {

    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserService users;

    private DaoAuthenticationProvider provider() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }

    @Test
    void aDemoUserSignsInWithTheirPasswordAndAWrongOneIsRefused() {
        var auth = provider().authenticate(new UsernamePasswordAuthenticationToken("land", "land"));
        assertThat(auth.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_STAFF");
        assertThatThrownBy(() -> provider().authenticate(new UsernamePasswordAuthenticationToken("land", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        UserInfo construction = runAs.user("admin", () -> users.findAll()).stream()
                .filter(u -> u.username().equals("construction")).findFirst().orElseThrow();
        runAs.user("admin", () -> users.update(new UserInfo(construction.id(), construction.username(),
                construction.displayName(), construction.role(), construction.unitId(), construction.locale(), false,
                construction.version())));
        try {
            assertThatThrownBy(() -> provider().authenticate(new UsernamePasswordAuthenticationToken("construction", "construction")))
                    .isInstanceOf(DisabledException.class);
        } finally {
            UserInfo disabled = runAs.user("admin", () -> users.findAll()).stream()
                    .filter(u -> u.username().equals("construction")).findFirst().orElseThrow();
            runAs.user("admin", () -> users.update(new UserInfo(disabled.id(), disabled.username(), disabled.displayName(),
                    disabled.role(), disabled.unitId(), disabled.locale(), true, disabled.version())));
        }
    }

    @Test
    void theSignInPageIsInChineseAndOffersEnglish() {
        UI.getCurrent().navigate("login");
        _assertOne(LoginView.class);
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("行动地图");
        _assertOne(LoginForm.class);
        _click(_get(Button.class, spec -> spec.withId("login-lang-en")));
        assertThat(VaadinSession.getCurrent().getAttribute(LocalePreference.SESSION_ATTRIBUTE)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aUsersLanguageChoiceIsRememberedForTheirNextSignIn() {
        runAs.user("power", () -> {
            users.changeOwnLocale("en");
            return null;
        });
        try {
            signIn("power");
            UI.getCurrent().navigate("plan");
            assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Plan", "My tasks");
        } finally {
            runAs.user("power", () -> {
                users.changeOwnLocale("zh-CN");
                return null;
            });
        }
    }
}
