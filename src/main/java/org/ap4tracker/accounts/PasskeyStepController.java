package org.ap4tracker.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The second step of signing in, for accounts whose role must add a passkey to the password. */
@Controller
class PasskeyStepController {

    @GetMapping(SecondFactor.PASSKEY_STEP)
    String step() {
        return "accounts/passkey-step";
    }
}
