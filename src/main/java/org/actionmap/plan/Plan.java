package org.actionmap.plan;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "plan")
class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "year", nullable = false, unique = true)
    private int year;

    @Column(name = "title_zh", nullable = false)
    private String titleZh;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "editor_line")
    private String editorLine;

    @Column(name = "source_document", nullable = false)
    private String sourceDocument;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt = Instant.now();

    @Column(name = "loaded_by", nullable = false)
    private String loadedBy;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<PlanTask> tasks = new ArrayList<>();

    protected Plan() {
    }

    Plan(int year, String titleZh, String titleEn, String editorLine, String sourceDocument, String loadedBy) {
        this.year = year;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.editorLine = editorLine;
        this.sourceDocument = sourceDocument;
        this.loadedBy = loadedBy;
    }

    Long getId() { return id; }
    int getYear() { return year; }
    String getTitleZh() { return titleZh; }
    String getTitleEn() { return titleEn; }
    String getEditorLine() { return editorLine; }
    Instant getLoadedAt() { return loadedAt; }
    String getLoadedBy() { return loadedBy; }
    List<PlanTask> getTasks() { return tasks; }
}
