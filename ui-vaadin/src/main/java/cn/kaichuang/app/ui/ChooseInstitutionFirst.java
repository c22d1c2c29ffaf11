package cn.kaichuang.app.ui;

import cn.kaichuang.app.security.TenantChoice;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Until a Keycloak user with several institutions has picked one, every view leads to the choice. */
@Component
class ChooseInstitutionFirst implements VaadinServiceInitListener {

    private final TenantChoice choice;

    ChooseInstitutionFirst(TenantChoice choice) {
        this.choice = choice;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target != ChooseInstitutionView.class && target != RefusedView.class && choice.pending()) {
                enter.forwardTo(ChooseInstitutionView.class);
            }
        }));
    }
}
