package cn.kaichuang.crypto.internal;

import cn.kaichuang.crypto.EncryptedStringConverter;
import cn.kaichuang.crypto.PiiColumn;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.type.descriptor.converter.spi.JpaAttributeConverter;
import org.springframework.stereotype.Component;

/**
 * Finds every column mapped with {@link EncryptedStringConverter} in Hibernate's metamodel, so a
 * feature that adds a personal-data column is rotated without anyone listing it here.
 */
@Component
public class PiiColumns {

    private final EntityManagerFactory entityManagerFactory;

    PiiColumns(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    public List<PiiColumn> all() {
        List<PiiColumn> found = new ArrayList<>();
        SessionFactoryImplementor factory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        factory.getMappingMetamodel().forEachEntityDescriptor(entity -> {
            if (!(entity.getIdentifierMapping() instanceof BasicValuedModelPart id)) {
                return;
            }
            entity.forEachAttributeMapping(attribute -> {
                if (attribute instanceof BasicValuedModelPart basic && sealed(basic)) {
                    found.add(new PiiColumn(basic.getContainingTableExpression(), basic.getSelectionExpression(),
                            id.getSelectionExpression()));
                }
            });
        });
        found.sort(Comparator.comparing(PiiColumn::toString));
        return List.copyOf(found);
    }

    private static boolean sealed(BasicValuedModelPart part) {
        return part.getJdbcMapping().getValueConverter() instanceof JpaAttributeConverter<?, ?> converter
                && converter.getConverterJavaType().getJavaTypeClass() == EncryptedStringConverter.class;
    }
}
