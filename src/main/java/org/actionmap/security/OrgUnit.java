package org.actionmap.security;

import jakarta.persistence.*;

import java.util.LinkedHashSet;
import java.util.Set;

@Entity
@Table(name = "org_unit")
class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "nbs_code")
    private String nbsCode;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    private boolean enabled = true;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_unit_alias", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "alias")
    private Set<String> aliases = new LinkedHashSet<>();

    protected OrgUnit() {
    }

    OrgUnit(String code, UnitKind kind) {
        this.code = code;
        this.kind = kind;
    }

    OrgUnitInfo toInfo() {
        return new OrgUnitInfo(id, code, kind, parentId, nbsCode, nameZh, nameEn, enabled, Set.copyOf(aliases), version);
    }

    Long getId() { return id; }
    String getCode() { return code; }
    Long getParentId() { return parentId; }
    int getVersion() { return version; }
    Set<String> getAliases() { return aliases; }

    void setCode(String code) { this.code = code; }
    void setKind(UnitKind kind) { this.kind = kind; }
    void setParentId(Long parentId) { this.parentId = parentId; }
    void setNbsCode(String nbsCode) { this.nbsCode = nbsCode; }
    void setNameZh(String nameZh) { this.nameZh = nameZh; }
    void setNameEn(String nameEn) { this.nameEn = nameEn; }
    void setEnabled(boolean enabled) { this.enabled = enabled; }
}
