package cn.kaichuang.app.ui.lecturer;

import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.lecturer.DevelopmentRecord;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/** A lecturer's development record: the activities they registered for and whether they attended. */
class DevelopmentRecordDialog extends Dialog {

    DevelopmentRecordDialog(String lecturerName, List<DevelopmentRecord> record) {
        setHeaderTitle(getTranslation("development.record.title", lecturerName));
        if (record.isEmpty()) {
            add(new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("development.record.empty")));
        } else {
            Grid<DevelopmentRecord> grid = new Grid<>();
            grid.addColumn(r -> r.activity().title()).setHeader(getTranslation("development.title"))
                    .setAutoWidth(true).setFlexGrow(2);
            grid.addColumn(r -> getTranslation("development.mode." + r.activity().mode().name()))
                    .setHeader(getTranslation("development.mode")).setAutoWidth(true);
            grid.addColumn(r -> Formats.dateTime(this, r.activity().startsAt()))
                    .setHeader(getTranslation("development.starts")).setAutoWidth(true);
            grid.addColumn(r -> attendance(this, r.attended())).setHeader(getTranslation("development.attendance"))
                    .setAutoWidth(true);
            grid.setItems(record);
            grid.setAllRowsVisible(true);
            add(grid);
        }
        getFooter().add(new Button(getTranslation("development.close"), click -> close()));
        setWidth("min(48rem, 95vw)");
    }

    static String attendance(Component ui, @org.jspecify.annotations.Nullable Boolean attended) {
        return ui.getTranslation(attended == null ? "development.attendance.open"
                : attended ? "development.attendance.present" : "development.attendance.absent");
    }
}
