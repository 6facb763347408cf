package io.relance.object;

import io.relance.object.core.ObjectManagement;
import io.relance.object.core.SalesObject;
import io.relance.object.core.SalesObjectChanges;
import io.relance.shared.RelanceUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Test data of the objects: made through the use case, as an agent would. */
@Component
public class ObjectFixture {

    private final ObjectManagement objects;

    ObjectFixture(ObjectManagement objects) {
        this.objects = objects;
    }

    /** An available apartment with this reference and title, and whatever else is given. */
    public SalesObject object(RelanceUser by, String reference, String title, Map<String, Object> more) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", reference);
        json.put("title", title);
        json.put("type", "APARTMENT");
        json.putAll(more);
        return objects.create(by, SalesObjectChanges.read(json));
    }

    public SalesObject object(RelanceUser by, String reference) {
        return object(by, reference, "Object " + reference, Map.of());
    }
}
