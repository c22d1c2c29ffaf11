package cn.kaichuang.app.ui.people;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.Regions;
import cn.kaichuang.app.ui.institution.IdCardInput;
import cn.kaichuang.cohort.People;
import cn.kaichuang.cohort.Person;
import cn.kaichuang.cohort.PersonHistory;
import cn.kaichuang.cohort.PersonPage;
import cn.kaichuang.crypto.IdCardNumber;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 人员查询: finds one person across the institutions the caller supervises, by ID number (the
 * blind index, exact) or by name (prefix), and shows their training history read live from
 * each institution. The province sees every region, a prefecture its own; every lookup is
 * recorded in the audit chain by the service.
 */
@Route(value = "people", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 50;
    /** An export beyond this is a data extract, not a result list. */
    static final int MAX_EXPORT = 5_000;

    private final People people;
    final TextField query = new TextField();
    final Span summary = new Span();
    final Grid<Person> results = new Grid<>();
    final EmptyState empty;
    final H3 historyTitle = new H3();
    final Grid<PersonHistory.Entry> history = new Grid<>();
    final EmptyState noHistory;
    /** The search the export repeats (the download runs outside the UI's lock). */
    private volatile Search shown = new Search(null, null);

    private record Search(@Nullable IdCardNumber idCard, @Nullable String name) {
    }

    PeopleView(People people) {
        this.people = people;
        addClassName("kc-view");
        setSizeFull();
        query.setLabel(getTranslation("people.query"));
        query.setPlaceholder(getTranslation("people.query.placeholder"));
        query.setClearButtonVisible(true);
        query.setManualValidation(true);
        query.setMaxLength(50);
        query.setWidth("min(24rem, 100%)");
        query.addKeyPressListener(Key.ENTER, enter -> search());
        Button find = new Button(getTranslation("people.search"), VaadinIcon.SEARCH.create(), click -> search());
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor export = new Anchor(event -> {
            event.setFileName("people-" + LocalDate.now(Formats.CHINA) + ".xlsx");
            event.setContentType(PeopleExcel.CONTENT_TYPE);
            PeopleExcel.write(exportable(shown), this::getTranslation, code -> Regions.name(this, code),
                    event.getOutputStream());
        }, getTranslation("people.export"));
        export.addClassName("kc-export");
        HorizontalLayout bar = new HorizontalLayout(query, find, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        results.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        results.addColumn(Person::name).setHeader(getTranslation("people.name")).setAutoWidth(true).setFrozen(true);
        results.addColumn(p -> p.records().stream().map(r -> r.institution() + "（" + Regions.name(this,
                r.regionCode()) + "）").distinct().collect(Collectors.joining("、")))
                .setHeader(getTranslation("people.institutions")).setFlexGrow(1);
        results.addColumn(p -> p.records().size()).setHeader(getTranslation("people.records")).setAutoWidth(true)
                .setFlexGrow(0);
        results.addComponentColumn(p -> {
            Button show = new Button(getTranslation("people.history"), VaadinIcon.CLOCK.create(),
                    click -> showHistory(p));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return show;
        }).setAutoWidth(true).setFlexGrow(0);
        results.setPageSize(PAGE);
        results.setVisible(false);
        empty = new EmptyState(VaadinIcon.SEARCH, getTranslation("people.empty"), getTranslation("people.empty.hint"));

        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addColumn(e -> e.record().institution()).setHeader(getTranslation("people.institution"))
                .setAutoWidth(true);
        history.addColumn(e -> e.cohort().name()).setHeader(getTranslation("people.cohort")).setAutoWidth(true);
        history.addColumn(e -> CourseTypes.name(this, e.cohort().courseType()))
                .setHeader(getTranslation("people.course")).setAutoWidth(true);
        history.addColumn(e -> Formats.date(this, e.cohort().startDate()) + " – " + Formats.date(this,
                e.cohort().endDate())).setHeader(getTranslation("people.dates")).setAutoWidth(true);
        history.addColumn(e -> getTranslation("cohort.status." + e.cohort().status().name()))
                .setHeader(getTranslation("people.status")).setAutoWidth(true);
        history.setAllRowsVisible(true);
        history.setVisible(false);
        historyTitle.setVisible(false);
        noHistory = new EmptyState(VaadinIcon.CALENDAR, getTranslation("people.history.empty"));
        noHistory.setVisible(false);

        add(new H2(getTranslation("people.title")), bar, summary, empty, results, historyTitle, history, noHistory);
    }

    void search() {
        String typed = query.getValue().strip();
        query.setInvalid(false);
        clearHistory();
        if (typed.isEmpty()) {
            query.setErrorMessage(getTranslation("people.query.required"));
            query.setInvalid(true);
            return;
        }
        if (typed.matches("\\d{6,}[\\dXx]*")) {
            switch (IdCardInput.parse(typed)) {
                case IdCardInput.Invalid invalid -> {
                    query.setErrorMessage(getTranslation(invalid.messageKey()));
                    query.setInvalid(true);
                }
                case IdCardInput.Valid valid -> {
                    shown = new Search(valid.number(), null);
                    List<Person> found = people.findByIdCard(valid.number()).stream().toList();
                    show(found.size(), () -> results.setItems(found));
                    if (found.size() == 1) {
                        showHistory(found.getFirst());
                    }
                }
            }
            return;
        }
        shown = new Search(null, typed);
        PersonPage first = people.findByName(typed, 0, PAGE);
        show(first.total(), () -> results.setItems(q -> q.getOffset() == 0 && q.getLimit() <= PAGE
                ? first.persons().stream().limit(q.getLimit())
                : people.findByName(typed, q.getOffset(), q.getLimit()).persons().stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, first.total())));
    }

    private void show(long total, Runnable fill) {
        boolean any = total > 0;
        empty.setVisible(!any);
        results.setVisible(any);
        summary.setText(any ? getTranslation("people.count", total) : "");
        if (any) {
            fill.run();
        }
    }

    void showHistory(Person person) {
        PersonHistory found = people.history(person.key()).orElse(new PersonHistory(person, List.of()));
        historyTitle.setText(getTranslation("people.history.title", person.name(), person.records().size()));
        historyTitle.setVisible(true);
        history.setItems(found.entries());
        history.setVisible(!found.entries().isEmpty());
        noHistory.setVisible(found.entries().isEmpty());
    }

    private void clearHistory() {
        historyTitle.setVisible(false);
        history.setVisible(false);
        noHistory.setVisible(false);
    }

    private List<Person> exportable(Search search) {
        IdCardNumber idCard = search.idCard();
        if (idCard != null) {
            return people.findByIdCard(idCard).stream().toList();
        }
        String name = search.name();
        if (name == null) {
            return List.of();
        }
        List<Person> all = new ArrayList<>();
        PersonPage page;
        do {
            page = people.findByName(name, all.size(), 500);
            all.addAll(page.persons());
        } while (page.persons().size() == 500 && all.size() < MAX_EXPORT);
        return all;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title") + " | " + getTranslation("app.name");
    }
}
