package io.relance.party;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.party.contact.ContactManagement;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.shared.RelanceUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What the tests of the third-party pages and API share: {@link MvcTest}'s requests and workspaces, with third parties
 * to build and the use cases to drive directly.
 */
public abstract class PageTest extends MvcTest {

    @Autowired
    protected ThirdPartyFixture thirdParties;

    @Autowired
    protected ThirdPartyManagement management;

    @Autowired
    protected ContactManagement contactManagement;

    /** Defines a custom field through the API, as an admin does (its JSON: key, label, type...). */
    protected ResultActions defineField(RelanceUser admin, String json) throws Exception {
        return send(admin, post("/api/v1/custom-fields"), json).andExpect(status().isCreated());
    }

    /** Merges the duplicate into the survivor ({@code /api/v1/thirdparties/<id>}) through the API, no field picked. */
    protected ResultActions mergeInApi(RelanceUser who, String survivor, ThirdPartyDetails duplicate) throws Exception {
        return send(
                who,
                post(survivor + "/merge"),
                "{\"duplicateId\":\"" + duplicate.thirdParty().id() + "\"}");
    }
}
