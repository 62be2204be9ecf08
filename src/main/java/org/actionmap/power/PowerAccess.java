package org.actionmap.power;

import org.actionmap.security.CurrentUser;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.OrgUnitService;
import org.actionmap.security.Role;
import org.actionmap.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * Who writes power features: staff of the power supply bureau (configurable units, {@code actionmap.power.editor-units}).
 * Leaders, administrators and every other unit read. One place, so that recording, drawing and deleting agree.
 */
@Component
class PowerAccess {

    private final CurrentUser currentUser;
    private final OrgUnitService units;
    private final Set<String> editorUnits;

    PowerAccess(CurrentUser currentUser, OrgUnitService units,
                @Value("${actionmap.power.editor-units:POWER}") Set<String> editorUnits) {
        this.currentUser = currentUser;
        this.units = units;
        this.editorUnits = Set.copyOf(editorUnits);
    }

    /** The signed-in editor, or a refusal that says why (a reader's role, or another unit). */
    SignedInUser requireEditor() {
        SignedInUser user = currentUser.require();
        if (user.role() != Role.STAFF) {
            throw new NotPermittedException("error.permission.read-only");
        }
        if (!isEditor(user)) {
            throw new NotPermittedException("power.error.not-power-bureau");
        }
        return user;
    }

    boolean mayEdit() {
        return currentUser.get().map(this::isEditor).orElse(false);
    }

    private boolean isEditor(SignedInUser user) {
        return user.role() == Role.STAFF && user.unitId() != null
                && Optional.ofNullable(units.byId().get(user.unitId())).map(u -> editorUnits.contains(u.code())).orElse(false);
    }
}
