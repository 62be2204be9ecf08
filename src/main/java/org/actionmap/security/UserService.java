package org.actionmap.security;

import org.actionmap.common.UserMessageException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** User accounts: administrators create, edit, disable and reset them; everyone chooses their own language. */
@Service
public class UserService {

    public static final Set<String> SUPPORTED_LOCALES = Set.of("zh-CN", "en");
    private static final int MIN_PASSWORD_LENGTH = 8;

    private final AppUserRepository users;
    private final OrgUnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AccessRules rules;

    UserService(AppUserRepository users, OrgUnitRepository units, PasswordEncoder passwordEncoder,
                CurrentUser currentUser, AccessRules rules) {
        this.users = users;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public List<UserInfo> findAll() {
        rules.requireAdmin(currentUser.require());
        return users.findAll().stream().map(AppUser::toInfo).sorted(Comparator.comparing(UserInfo::username)).toList();
    }

    /** Creates an account; the password must follow the policy. */
    @Transactional
    public UserInfo create(UserInfo draft, String password) {
        rules.requireAdmin(currentUser.require());
        String username = draft.username() == null ? "" : draft.username().trim().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new UserMessageException("error.user.username-invalid");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new UserMessageException("error.user.username-taken", username);
        }
        checkPassword(password);
        AppUser user = new AppUser(username, passwordEncoder.encode(password));
        apply(user, draft);
        return users.saveAndFlush(user).toInfo();
    }

    /** Saves an edited account; a form older than the stored account is refused. */
    @Transactional
    public UserInfo update(UserInfo edited) {
        SignedInUser admin = currentUser.require();
        rules.requireAdmin(admin);
        AppUser user = users.findById(edited.id()).orElseThrow(() -> new UserMessageException("error.stale"));
        if (user.getVersion() != edited.version()) {
            throw new UserMessageException("error.stale");
        }
        if (user.getId().equals(admin.id()) && (!edited.enabled() || edited.role() != Role.ADMIN)) {
            throw new UserMessageException("error.user.cannot-demote-self");
        }
        apply(user, edited);
        return users.saveAndFlush(user).toInfo();
    }

    @Transactional
    public void resetPassword(Long userId, String newPassword) {
        rules.requireAdmin(currentUser.require());
        checkPassword(newPassword);
        AppUser user = users.findById(userId).orElseThrow(() -> new UserMessageException("error.stale"));
        user.setPasswordHash(passwordEncoder.encode(newPassword));
    }

    /** The signed-in user's own language; remembered for their next sign-in. */
    @Transactional
    public void changeOwnLocale(String languageTag) {
        SignedInUser me = currentUser.require();
        if (!SUPPORTED_LOCALES.contains(languageTag)) {
            throw new UserMessageException("error.user.locale-unsupported", languageTag);
        }
        users.findById(me.id()).ifPresent(u -> u.setLocale(languageTag));
    }

    /** Creates an account from trusted seed data (the demo), bypassing the administrator check and the password policy. */
    @Transactional
    public void importUser(String username, String password, String displayName, Role role, String unitCode, String locale) {
        AppUser user = new AppUser(username, passwordEncoder.encode(password));
        user.setDisplayName(displayName);
        user.setRole(role);
        user.setUnitId(unitCode == null ? null : units.findByCode(unitCode).orElseThrow().getId());
        user.setLocale(locale);
        users.save(user);
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    private void apply(AppUser user, UserInfo draft) {
        if (draft.displayName() == null || draft.displayName().isBlank()) {
            throw new UserMessageException("error.user.display-name-required");
        }
        if (draft.role() == null) {
            throw new UserMessageException("error.user.role-required");
        }
        if (draft.role() == Role.STAFF && draft.unitId() == null) {
            throw new UserMessageException("error.user.unit-required");
        }
        if (draft.unitId() != null && units.findById(draft.unitId()).isEmpty()) {
            throw new UserMessageException("error.stale");
        }
        String locale = draft.locale() == null ? "zh-CN" : draft.locale();
        if (!SUPPORTED_LOCALES.contains(locale)) {
            throw new UserMessageException("error.user.locale-unsupported", locale);
        }
        user.setDisplayName(draft.displayName().trim());
        user.setRole(draft.role());
        user.setUnitId(draft.unitId());
        user.setLocale(locale);
        user.setEnabled(draft.enabled());
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserMessageException("error.user.password-too-short", MIN_PASSWORD_LENGTH);
        }
    }
}
