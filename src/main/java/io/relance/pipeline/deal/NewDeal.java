package io.relance.pipeline.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A deal to open: its pipeline (key, required), the interested third party (required) and maybe one of its contacts,
 * the object (an id of the objects module; none: a standalone opportunity), the amount (in the workspace's currency),
 * the expected day, the phase (default: the pipeline's first) and the owner (default: the third party's owner).
 */
public record NewDeal(
        String pipeline,
        UUID thirdpartyId,
        UUID contactId,
        UUID objectId,
        BigDecimal amount,
        LocalDate expectedOn,
        String phase,
        UUID ownerId) {}
