package org.actionmap.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.OrgUnitService;
import org.actionmap.security.Role;
import org.actionmap.security.SignedInUser;
import org.actionmap.security.UserService;

import java.util.Locale;

/**
 * The frame around every signed-in page: navigation, the user's unit, language and sign-out. Navigation
 * targets are addresses, not view classes, so that this module knows no feature module.
 */
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;
    private final transient UserService userService;

    public MainLayout(CurrentUser currentUser, OrgUnitService units, UserService userService,
                      AuthenticationContext authentication, java.util.List<HeaderItem> headerItems) {
        this.authentication = authentication;
        this.userService = userService;
        SignedInUser me = currentUser.require();

        Span title = new Span(getTranslation("app.name"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        Div spacer = new Div();
        header.addAndExpand(spacer);
        headerItems.forEach(item -> header.add(item.create()));
        header.add(userMenu(me, me.unitId() == null ? null : units.byId().get(me.unitId()).name(getLocale())));
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), "dashboard", VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.plan"), "plan", VaadinIcon.CLIPBOARD_TEXT.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.map"), "map", VaadinIcon.MAP_MARKER.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.power"), "power", VaadinIcon.BOLT.create()));
        nav.addItem(new SideNavItem(getTranslation("site.nav"), "sites", VaadinIcon.BUILDING.create()));
        if (me.role() == Role.STAFF) {
            nav.addItem(new SideNavItem(getTranslation("nav.my-tasks"), "my-tasks", VaadinIcon.TASKS.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.activity"), "activity", VaadinIcon.CLOCK.create()));
        if (me.role() == Role.ADMIN) {
            nav.addItem(new SideNavItem(getTranslation("nav.admin"), "admin", VaadinIcon.COG.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    private MenuBar userMenu(SignedInUser me, String unitName) {
        MenuBar bar = new MenuBar();
        bar.setId("user-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(me.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span who = new Span(me.displayName() + (unitName == null ? "" : " · " + unitName));
        HorizontalLayout label = new HorizontalLayout(avatar, who);
        label.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        label.setSpacing(true);
        SubMenu menu = bar.addItem(label).getSubMenu();
        menu.addItem(getTranslation("user.role." + me.role().name()) ).setEnabled(false);
        menu.addItem("中文", e -> switchLanguage("zh-CN")).setId("lang-zh");
        menu.addItem("English", e -> switchLanguage("en")).setId("lang-en");
        // the page lives in the ogc module; an address keeps the shell from knowing it
        menu.addItem(getTranslation("user.access-tokens"), e -> UI.getCurrent().navigate("access-tokens")).setId("access-tokens");
        menu.addItem(getTranslation("user.sign-out"), e -> authentication.logout()).setId("sign-out");
        return bar;
    }

    private void switchLanguage(String tag) {
        userService.changeOwnLocale(tag);
        Locale locale = Locale.forLanguageTag(tag);
        VaadinSession.getCurrent().setAttribute(LocaleInitializer.CHOSEN_LOCALE, locale);
        UI.getCurrent().getPage().reload();
    }
}
