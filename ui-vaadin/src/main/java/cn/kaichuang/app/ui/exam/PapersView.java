package cn.kaichuang.app.ui.exam;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.exam.Blueprint;
import cn.kaichuang.exam.BlueprintLine;
import cn.kaichuang.exam.Paper;
import cn.kaichuang.exam.PaperQuestion;
import cn.kaichuang.exam.Papers;
import cn.kaichuang.exam.Shortfall;
import cn.kaichuang.question.KnowledgePoint;
import cn.kaichuang.question.QuestionType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 组卷: an institution admin or lecturer writes a blueprint line by line, checks it against the
 * published bank ("可行" or every shortfall) and previews the paper a sample candidate would get.
 */
@Route(value = "exam-papers", layout = MainLayout.class)
@RolesAllowed({Roles.INSTITUTION_ADMIN, Roles.LECTURER})
public class PapersView extends VerticalLayout implements HasDynamicTitle {

    private final Papers papers;
    private final Feedback feedback = new Feedback(this, "exam.error.forbidden");
    final ComboBox<Blueprint> saved = new ComboBox<>();
    final TextField name = new TextField();
    final ComboBox<String> course = new ComboBox<>();
    final ComboBox<QuestionType> type = new ComboBox<>();
    final ComboBox<KnowledgePoint> knowledgePoint = new ComboBox<>();
    final IntegerField minDifficulty = new IntegerField();
    final IntegerField maxDifficulty = new IntegerField();
    final IntegerField count = new IntegerField();
    final IntegerField score = new IntegerField();
    final Button addLine = new Button();
    final Grid<BlueprintLine> lines = new Grid<>();
    final Span total = new Span();
    final Button check = new Button();
    final Button save = new Button();
    final Span feasibility = new Span();
    final TextField candidate = new TextField();
    final Button preview = new Button();
    final Grid<PaperQuestion> paper = new Grid<>();
    private final EmptyState empty;
    private final List<BlueprintLine> current = new ArrayList<>();
    private long id;

    PapersView(Papers papers) {
        this.papers = papers;
        addClassName("kc-view");
        add(new H2(getTranslation("exam.title")));

        saved.setLabel(getTranslation("exam.saved"));
        saved.setItemLabelGenerator(Blueprint::name);
        saved.setItems(papers.blueprints());
        saved.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load(e.getValue());
            }
        });
        name.setLabel(getTranslation("exam.name"));
        course.setLabel(getTranslation("exam.course"));
        course.setItems("SYB", "GYB", "IYB");
        course.setValue("SYB");
        add(new HorizontalLayout(saved, name, course));

        type.setLabel(getTranslation("question.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation("question.type." + t.name()));
        type.setValue(QuestionType.SINGLE_CHOICE);
        knowledgePoint.setLabel(getTranslation("exam.knowledge-point"));
        knowledgePoint.setItems(KnowledgePoint.values());
        knowledgePoint.setItemLabelGenerator(this::point);
        knowledgePoint.setPlaceholder(getTranslation("exam.any"));
        knowledgePoint.setClearButtonVisible(true);
        minDifficulty.setLabel(getTranslation("exam.min-difficulty"));
        maxDifficulty.setLabel(getTranslation("exam.max-difficulty"));
        count.setLabel(getTranslation("exam.count"));
        score.setLabel(getTranslation("exam.score"));
        minDifficulty.setValue(1);
        maxDifficulty.setValue(5);
        count.setValue(10);
        score.setValue(2);
        addLine.setText(getTranslation("exam.add-line"));
        addLine.addClickListener(e -> addLine());
        HorizontalLayout lineForm = new HorizontalLayout(type, knowledgePoint, minDifficulty, maxDifficulty, count,
                score, addLine);
        lineForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        lineForm.setWrap(true);
        add(lineForm);

        lines.addColumn(l -> getTranslation("question.type." + l.type().name())).setHeader(getTranslation("question.type"));
        lines.addColumn(l -> l.knowledgePoint() == null ? getTranslation("exam.any") : point(l.knowledgePoint()))
                .setHeader(getTranslation("exam.knowledge-point"));
        lines.addColumn(l -> l.minDifficulty() + "–" + l.maxDifficulty()).setHeader(getTranslation("exam.difficulty"));
        lines.addColumn(BlueprintLine::count).setHeader(getTranslation("exam.count"));
        lines.addColumn(BlueprintLine::score).setHeader(getTranslation("exam.score"));
        lines.addComponentColumn(l -> {
            Button remove = new Button(getTranslation("exam.remove-line"), e -> {
                current.remove(l);
                refreshLines();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        lines.setAllRowsVisible(true);
        add(lines, total);

        check.setText(getTranslation("exam.check"));
        check.addClickListener(e -> check());
        save.setText(getTranslation("exam.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new HorizontalLayout(check, save), feasibility);

        add(new H3(getTranslation("exam.preview")));
        candidate.setLabel(getTranslation("exam.candidate"));
        candidate.setValue("trainee1");
        preview.setText(getTranslation("exam.preview"));
        preview.addClickListener(e -> preview());
        HorizontalLayout previewForm = new HorizontalLayout(candidate, preview);
        previewForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(previewForm);
        paper.addColumn(q -> getTranslation("question.type." + q.question().type().name()))
                .setHeader(getTranslation("question.type")).setAutoWidth(true);
        paper.addColumn(q -> q.question().stem()).setHeader(getTranslation("exam.stem")).setFlexGrow(3);
        paper.addColumn(q -> options(q)).setHeader(getTranslation("exam.options")).setFlexGrow(3);
        paper.addColumn(q -> q.correct().stream().map(i -> String.valueOf((char) ('A' + i)))
                .collect(Collectors.joining())).setHeader(getTranslation("exam.answer")).setAutoWidth(true);
        paper.addColumn(q -> q.question().id() + " v" + q.question().version()).setHeader(getTranslation("exam.version"))
                .setAutoWidth(true);
        paper.addColumn(PaperQuestion::score).setHeader(getTranslation("exam.score")).setAutoWidth(true);
        paper.setVisible(false);
        empty = new EmptyState(com.vaadin.flow.component.icon.VaadinIcon.FILE_TEXT_O, getTranslation("exam.no-preview"));
        add(paper, empty);
        refreshLines();
    }

    private void addLine() {
        if (type.getValue() == null || minDifficulty.getValue() == null || maxDifficulty.getValue() == null
                || count.getValue() == null || score.getValue() == null) {
            feedback.error(getTranslation("exam.error.line-incomplete"));
            return;
        }
        current.add(new BlueprintLine(type.getValue(), knowledgePoint.getValue(), minDifficulty.getValue(),
                maxDifficulty.getValue(), count.getValue(), score.getValue()));
        refreshLines();
    }

    private void load(Blueprint blueprint) {
        id = blueprint.id();
        name.setValue(blueprint.name());
        course.setValue(blueprint.course());
        current.clear();
        current.addAll(blueprint.lines());
        refreshLines();
    }

    private void refreshLines() {
        lines.setItems(List.copyOf(current));
        Blueprint blueprint = blueprint();
        total.setText(getTranslation("exam.total", blueprint.questionCount(), blueprint.totalScore()));
        feasibility.setText("");
    }

    private Blueprint blueprint() {
        return new Blueprint(id, name.getValue(), course.getValue() == null ? "" : course.getValue(), current);
    }

    private void check() {
        List<Shortfall> shortfalls = feedback.attempt(() -> papers.check(blueprint()));
        if (shortfalls == null) {
            return;
        }
        feasibility.getElement().getThemeList().clear();
        feasibility.getElement().getThemeList().add("badge");
        if (shortfalls.isEmpty()) {
            feasibility.setText(getTranslation("exam.feasible"));
            feasibility.getElement().getThemeList().add("success");
        } else {
            feasibility.setText(getTranslation("exam.error.infeasible",
                    shortfalls.stream().map(Shortfall::message).collect(Collectors.joining("；"))));
            feasibility.getElement().getThemeList().add("error");
        }
    }

    private void save() {
        Blueprint stored = feedback.attempt(() -> papers.save(blueprint()));
        if (stored != null) {
            id = stored.id();
            saved.setItems(papers.blueprints());
            feedback.done("exam.saved-done", stored.name());
        }
    }

    private void preview() {
        Paper drawn = feedback.attempt(() -> papers.preview(blueprint(), candidate.getValue().strip()));
        paper.setVisible(drawn != null);
        empty.setVisible(drawn == null);
        paper.setItems(drawn == null ? List.of() : drawn.questions());
    }

    private String options(PaperQuestion question) {
        List<String> options = question.options();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            shown.add((char) ('A' + i) + ". " + options.get(i));
        }
        return String.join("  ", shown);
    }

    private String point(KnowledgePoint point) {
        return point.course() + " · " + getTranslation("question.kp." + point.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exam.title") + " | " + getTranslation("app.name");
    }
}
