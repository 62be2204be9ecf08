package org.actionmap.security;

import jakarta.persistence.*;

import java.time.Instant;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(nullable = false)
    private String locale = "zh-CN";

    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private int version;

    protected AppUser() {
    }

    AppUser(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
    }

    UserInfo toInfo() {
        return new UserInfo(id, username, displayName, role, unitId, locale, enabled, version);
    }

    Long getId() { return id; }
    String getUsername() { return username; }
    String getPasswordHash() { return passwordHash; }
    Role getRole() { return role; }
    Long getUnitId() { return unitId; }
    String getLocale() { return locale; }
    boolean isEnabled() { return enabled; }
    int getVersion() { return version; }
    String getDisplayName() { return displayName; }

    void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    void setDisplayName(String displayName) { this.displayName = displayName; }
    void setRole(Role role) { this.role = role; }
    void setUnitId(Long unitId) { this.unitId = unitId; }
    void setLocale(String locale) { this.locale = locale; }
    void setEnabled(boolean enabled) { this.enabled = enabled; }
}
