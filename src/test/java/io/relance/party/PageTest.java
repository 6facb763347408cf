package io.relance.party;

import io.relance.MvcTest;
import io.relance.party.contact.ContactManagement;
import io.relance.party.core.ThirdPartyManagement;
import org.springframework.beans.factory.annotation.Autowired;

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
}
