package org.actionmap.collaboration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * A comment opens where its subject opens: the owning module's {@link ObjectLinks} say where a task, a target or a
 * parcel is (asked lazily: this is one of the links itself).
 */
@Component
public class CommentLinks implements ObjectLinks {

    private final ObjectProvider<ObjectLinks> links;

    CommentLinks(ObjectProvider<ObjectLinks> links) {
        this.links = links;
    }

    @Override
    public Optional<String> linkFor(String kind, String code) {
        if (!CommentService.KIND.equals(kind) || code == null || !code.contains(":")) {
            return Optional.empty();
        }
        String[] subject = code.split(":", 2);
        return subjectLink(subject[0], subject[1]);
    }

    /** Where a thread's subject opens, if its module says. */
    public Optional<String> subjectLink(String subjectKind, String subjectKey) {
        return links.orderedStream().filter(l -> l != this).map(l -> l.linkFor(subjectKind, subjectKey))
                .flatMap(Optional::stream).findFirst();
    }
}
