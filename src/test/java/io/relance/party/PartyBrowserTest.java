package io.relance.party;

import io.relance.BrowserTest;
import io.relance.party.core.ThirdPartyManagement;
import org.springframework.beans.factory.annotation.Autowired;

/** What the browser tests of the third-party pages share: {@link BrowserTest}'s Chromium, with records to build. */
public abstract class PartyBrowserTest extends BrowserTest {

    @Autowired
    protected ThirdPartyFixture records;

    @Autowired
    protected ThirdPartyManagement management;
}
