package cn.kaichuang.app.ui.institution;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.RosterImport;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.Role;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * 学员: the institution's trainees, fetched page by page, and a lookup by ID-card number
 * through the blind index (the numbers themselves are stored encrypted and shown masked). The
 * institution's admin also registers and edits trainees and imports rosters from Excel.
 */
@Route(value = "trainees", layout = MainLayout.class)
@RolesAllowed({Roles.INSTITUTION_ADMIN, Roles.LECTURER})
public class TraineesView extends VerticalLayout implements HasDynamicTitle {

    private final Trainees trainees;
    private final Grid<TraineeView> grid = new Grid<>();
    private final TextField idCard = new TextField();
    private final Span summary = new Span();

    private final RosterImport roster;
    private final Cohorts cohorts;
    private final boolean admin;

    TraineesView(Trainees trainees, RosterImport roster, Cohorts cohorts) {
        this.trainees = trainees;
        this.roster = roster;
        this.cohorts = cohorts;
        this.admin = CurrentUser.get().map(user -> user.is(Role.INSTITUTION_ADMIN)).orElse(false);
        addClassName("kc-view");
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TraineeView::name).setHeader(getTranslation("trainees.name")).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(t -> t.idCard().masked()).setHeader(getTranslation("trainees.id-card")).setAutoWidth(true);
        grid.addColumn(t -> Formats.maskedPhone(t.phone())).setHeader(getTranslation("trainees.phone"))
                .setAutoWidth(true);
        if (admin) {
            grid.addComponentColumn(t -> {
                Button edit = new Button(getTranslation("trainees.edit"), VaadinIcon.EDIT.create(),
                        click -> new TraineeEditDialog(trainees, t, saved -> grid.getDataProvider().refreshAll())
                                .open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                return edit;
            }).setHeader(getTranslation("trainees.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setPageSize(50);

        idCard.setLabel(getTranslation("trainees.search"));
        idCard.setPlaceholder(getTranslation("trainees.search.placeholder"));
        idCard.setMaxLength(18);
        idCard.setClearButtonVisible(true);
        // The view decides when the field is invalid; the built-in length check would reset it.
        idCard.setManualValidation(true);
        idCard.addKeyPressListener(Key.ENTER, enter -> search());
        Button find = new Button(getTranslation("trainees.search.button"), VaadinIcon.SEARCH.create(),
                click -> search());
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button all = new Button(getTranslation("trainees.search.clear"), click -> showAll());
        HorizontalLayout search = new HorizontalLayout(idCard, find, all);
        search.setAlignItems(FlexComponent.Alignment.BASELINE);
        search.setWrap(true);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("trainees.title")));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        if (admin) {
            Button register = new Button(getTranslation("trainees.new"), VaadinIcon.PLUS.create(),
                    click -> new TraineeEditDialog(trainees, null, saved -> showAll()).open());
            Button importRoster = new Button(getTranslation("roster.open"), VaadinIcon.UPLOAD.create(),
                    click -> openImport());
            header.add(register, importRoster);
        }
        add(header, search, summary, grid);
        showAll();
    }

    private void showAll() {
        idCard.clear();
        idCard.setInvalid(false);
        grid.setItems(query -> trainees.page(PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("id")))
                .stream(), query -> (int) trainees.count());
        summary.setText(getTranslation("trainees.count", trainees.count()));
    }

    private void search() {
        if (idCard.getValue().isBlank()) {
            showAll();
            return;
        }
        switch (IdCardInput.parse(idCard.getValue())) {
            case IdCardInput.Invalid invalid -> {
                idCard.setErrorMessage(getTranslation(invalid.messageKey()));
                idCard.setInvalid(true);
            }
            case IdCardInput.Valid valid -> {
                idCard.setInvalid(false);
                List<TraineeView> found = trainees.findByIdCard(valid.number()).stream().toList();
                grid.setItems(found);
                summary.setText(found.isEmpty() ? getTranslation("trainees.search.not-found")
                        : getTranslation("trainees.count", found.size()));
            }
        }
    }

    RosterImportDialog openImport() {
        RosterImportDialog dialog = new RosterImportDialog(roster, cohorts, this::showAll);
        dialog.open();
        return dialog;
    }

    Grid<TraineeView> grid() {
        return grid;
    }

    TextField idCardField() {
        return idCard;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trainees.title") + " | " + getTranslation("app.name");
    }
}
