package org.actionmap.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {
    Optional<OrgUnit> findByCode(String code);
}
