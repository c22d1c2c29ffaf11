package cn.kaichuang.app.ui.review;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.review.Expert;
import cn.kaichuang.review.Reviews;
import cn.kaichuang.supervision.SupervisedInstitution;
import cn.kaichuang.supervision.SupervisedInstitutions;
import cn.kaichuang.tenancy.Tenant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 评审专家库: the province's pool of assessment experts, each with the institution they belong to
 * (never given plans of it) and their specialities. Add, edit, search; deactivating asks first, and
 * a deactivated expert gets no new plans but keeps the reviews already done.
 */
@Route(value = "experts", layout = MainLayout.class)
@RolesAllowed(Roles.PROVINCE_ADMIN)
public class ExpertsView extends VerticalLayout implements HasDynamicTitle {

    private final Reviews reviews;
    private final Feedback feedback = new Feedback(this, "submission.error.forbidden");
    private final List<Tenant> institutions;
    private final Map<String, String> names;
    final TextField search = new TextField();
    final Grid<Expert> grid = new Grid<>();
    final EmptyState empty;
    final EmptyState noMatch;
    @Nullable ExpertForm form;
    @Nullable ConfirmDialog confirm;

    ExpertsView(Reviews reviews, SupervisedInstitutions supervised) {
        this.reviews = reviews;
        this.institutions = supervised.visible().stream().map(SupervisedInstitution::tenant).toList();
        this.names = institutions.stream().collect(Collectors.toMap(t -> t.code().value(), Tenant::name, (a, b) -> a));
        addClassName("kc-view");
        empty = new EmptyState(VaadinIcon.USER_CHECK, getTranslation("experts.empty"));
        noMatch = new EmptyState(VaadinIcon.SEARCH, getTranslation("experts.no-match"));
        add(new H2(getTranslation("experts.title")));
        search.setPlaceholder(getTranslation("experts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> refresh());
        search.setWidth("min(20rem, 100%)");
        Button add = new Button(getTranslation("experts.add"), VaadinIcon.PLUS.create(), click -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(search, add);
        tools.setAlignItems(Alignment.BASELINE);
        tools.setWrap(true);
        grid.addColumn(Expert::name).setHeader(getTranslation("experts.name")).setSortable(true).setKey("name");
        grid.addColumn(Expert::username).setHeader(getTranslation("experts.username")).setSortable(true);
        grid.addColumn(e -> names.getOrDefault(e.homeTenant(), e.homeTenant()))
                .setHeader(getTranslation("experts.institution")).setSortable(true);
        grid.addColumn(Expert::specialities).setHeader(getTranslation("experts.specialities"));
        grid.addColumn(e -> getTranslation(e.active() ? "experts.active" : "experts.inactive"))
                .setHeader(getTranslation("experts.state")).setKey("state");
        grid.addComponentColumn(e -> {
            Button edit = new Button(getTranslation("experts.edit"), click -> edit(e));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button toggle = new Button(getTranslation(e.active() ? "experts.deactivate" : "experts.reactivate"),
                    click -> toggle(e));
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (e.active()) {
                toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            return new HorizontalLayout(edit, toggle);
        }).setHeader(getTranslation("experts.actions")).setAutoWidth(true);
        grid.setPageSize(50);
        add(tools, grid, empty, noMatch);
        refresh();
    }

    void refresh() {
        String q = search.getValue().strip().toLowerCase(Locale.ROOT);
        List<Expert> shown = reviews.experts().stream().filter(e -> q.isEmpty()
                || (e.name() + " " + e.username() + " " + e.specialities() + " "
                        + names.getOrDefault(e.homeTenant(), e.homeTenant())).toLowerCase(Locale.ROOT).contains(q))
                .toList();
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty() && q.isEmpty());
        noMatch.setVisible(shown.isEmpty() && !q.isEmpty());
    }

    void edit(@Nullable Expert expert) {
        form = new ExpertForm(expert);
        form.open();
    }

    void toggle(Expert expert) {
        Expert changed = new Expert(expert.username(), expert.name(), expert.homeTenant(), expert.specialities(),
                !expert.active());
        if (!expert.active()) {
            save(changed, "experts.reactivated");
            return;
        }
        confirm = new ConfirmDialog(getTranslation("experts.deactivate"),
                getTranslation("experts.deactivate.confirm", expert.name()), getTranslation("experts.deactivate"),
                event -> save(changed, "experts.deactivated"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private boolean save(Expert expert, String doneKey) {
        boolean saved = feedback.attempt(() -> {
            reviews.saveExpert(expert);
            return Boolean.TRUE;
        }) != null;
        if (saved) {
            feedback.done(doneKey, expert.name());
            refresh();
        }
        return saved;
    }

    /** Adding (username free) or editing (username fixed: it links the pool entry to the login). */
    final class ExpertForm extends Dialog {

        final TextField username = new TextField(getTranslation("experts.username"));
        final TextField name = new TextField(getTranslation("experts.name"));
        final ComboBox<Tenant> institution = new ComboBox<>(getTranslation("experts.institution"));
        final TextField specialities = new TextField(getTranslation("experts.specialities"));
        final Button save = new Button(getTranslation("experts.save"));
        private final boolean active;

        ExpertForm(@Nullable Expert expert) {
            setHeaderTitle(getTranslation(expert == null ? "experts.add" : "experts.edit"));
            institution.setItems(institutions);
            institution.setItemLabelGenerator(Tenant::name);
            username.setMaxLength(100);
            name.setMaxLength(100);
            specialities.setMaxLength(300);
            specialities.setHelperText(getTranslation("experts.specialities.hint"));
            active = expert == null || expert.active();
            if (expert != null) {
                username.setValue(expert.username());
                username.setReadOnly(true);
                name.setValue(expert.name());
                specialities.setValue(expert.specialities());
                institutions.stream().filter(t -> t.code().value().equals(expert.homeTenant())).findFirst()
                        .ifPresent(institution::setValue);
            }
            add(new FormLayout(username, name, institution, specialities));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> submit());
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
            setWidth("min(36rem, 100vw)");
        }

        void submit() {
            Tenant home = institution.getValue();
            Expert expert = new Expert(username.getValue(), name.getValue(), home == null ? "" : home.code().value(),
                    specialities.getValue(), active);
            if (save(expert, "experts.saved")) {
                close();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("experts.title") + " | " + getTranslation("app.name");
    }
}
