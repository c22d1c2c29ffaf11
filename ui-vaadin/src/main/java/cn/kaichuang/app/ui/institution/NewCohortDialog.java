package cn.kaichuang.app.ui.institution;

import cn.kaichuang.app.ui.CohortStatuses;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.LecturerNotQualifiedException;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.LifecycleException;
import cn.kaichuang.cohort.NewCohort;
import cn.kaichuang.cohort.Venue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * 新建班期: the first draft of a cohort. Only lecturers who may teach the chosen course type
 * are offered as its lead; the venue's coordinates become the check-in geofence's centre.
 */
class NewCohortDialog extends Dialog {

    static final int DEFAULT_CAPACITY = 30;

    NewCohortDialog(List<LecturerView> staff, Function<NewCohort, CohortId> create,
            Consumer<CohortId> created) {
        setHeaderTitle(getTranslation("cohorts.new"));
        TextField name = new TextField(getTranslation("cohorts.name"));
        name.setMaxLength(200);
        name.setPlaceholder(getTranslation("cohorts.new.name-hint"));
        ComboBox<CourseType> course = new ComboBox<>(getTranslation("cohorts.course"));
        course.setItems(CourseType.values());
        course.setItemLabelGenerator(t -> CourseTypes.name(this, t));
        DatePicker starts = new DatePicker(getTranslation("cohorts.start"));
        DatePicker ends = new DatePicker(getTranslation("cohorts.end"));
        starts.setMin(LocalDate.now());
        starts.addValueChangeListener(change -> ends.setMin(change.getValue()));
        IntegerField capacity = new IntegerField(getTranslation("cohorts.capacity"));
        capacity.setMin(1);
        capacity.setValue(DEFAULT_CAPACITY);
        capacity.setStepButtonsVisible(true);
        ComboBox<LecturerView> lead = new ComboBox<>(getTranslation("cohorts.lead"));
        lead.setItemLabelGenerator(LecturerView::name);
        lead.setItems(staff);
        course.addValueChangeListener(change -> {
            lead.clear();
            lead.setItems(change.getValue() == null ? staff
                    : staff.stream().filter(l -> l.courseTypes().contains(change.getValue())).toList());
        });
        TextField address = new TextField(getTranslation("cohort.session.address"));
        address.setMaxLength(300);
        NumberField latitude = coordinate("cohort.session.latitude", 90);
        NumberField longitude = coordinate("cohort.session.longitude", 180);
        FormLayout form = new FormLayout(name, course, starts, ends, capacity, lead, address, latitude, longitude);
        form.setColspan(name, 2);
        form.setColspan(address, 2);
        add(form);

        Button save = new Button(getTranslation("cohorts.new.save"), click -> {
            if (name.getValue().isBlank() || course.getValue() == null || starts.getValue() == null
                    || ends.getValue() == null || capacity.getValue() == null || address.getValue().isBlank()
                    || latitude.getValue() == null || longitude.getValue() == null) {
                error(getTranslation("cohort.error.required"));
                return;
            }
            if (ends.getValue().isBefore(starts.getValue()) || capacity.getValue() < 1) {
                error(getTranslation("cohorts.new.invalid"));
                return;
            }
            try {
                CohortId id = create.apply(new NewCohort(name.getValue().strip(), course.getValue(), starts.getValue(),
                        ends.getValue(), new Venue(address.getValue().strip(), latitude.getValue(), longitude.getValue()),
                        capacity.getValue(), lead.getValue() == null ? null : lead.getValue().id()));
                CohortStatuses.showDone(getTranslation("cohorts.new.created", name.getValue().strip()));
                close();
                created.accept(id);
            } catch (LifecycleException e) {
                CohortStatuses.showError(this, e);
            } catch (LecturerNotQualifiedException e) {
                error(getTranslation("cohorts.new.lecturer-not-qualified"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(40rem, 95vw)");
    }

    private NumberField coordinate(String labelKey, double limit) {
        NumberField field = new NumberField(getTranslation(labelKey));
        field.setMin(-limit);
        field.setMax(limit);
        return field;
    }

    private static void error(String text) {
        Notification.show(text, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
