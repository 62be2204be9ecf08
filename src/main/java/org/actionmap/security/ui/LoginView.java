package org.actionmap.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Locale;

/** Sign-in page. The language can be chosen before signing in; afterwards the user's saved choice applies. */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        getStyle().set("background", "var(--lumo-contrast-5pct)");

        H1 title = new H1(getTranslation("app.name"));
        title.getStyle().set("margin-bottom", "0");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translatedI18n());

        add(title, tagline, form, languageSwitch());
    }

    private LoginI18n translatedI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    private HorizontalLayout languageSwitch() {
        Button zh = new Button("中文", e -> switchTo(Locale.SIMPLIFIED_CHINESE));
        Button en = new Button("English", e -> switchTo(Locale.ENGLISH));
        zh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        en.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        zh.setId("login-lang-zh");
        en.setId("login-lang-en");
        return new HorizontalLayout(zh, en);
    }

    private void switchTo(Locale locale) {
        VaadinSession.getCurrent().setAttribute(org.actionmap.security.LocalePreference.SESSION_ATTRIBUTE, locale);
        UI.getCurrent().getPage().reload();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
