// Passkeys on the desk: registering one under Account, and the passkey step of signing in. Spring Security
// serves the WebAuthn endpoints; this only carries their JSON to and from the browser's WebAuthn API, which
// takes binary fields where the server sends base64url.
"use strict";
(() => {
  const base64url = {
    encode(buffer) {
      return btoa(String.fromCharCode(...new Uint8Array(buffer)))
        .replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
    },
    decode(text) {
      const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
      return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
    }
  };

  async function post(element, url, body) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", [element.dataset.csrfHeader]: element.dataset.csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    return response.json();
  }

  async function register(form) {
    const options = await post(form, "/webauthn/register/options");
    const created = await navigator.credentials.create({
      publicKey: {
        ...options,
        challenge: base64url.decode(options.challenge),
        user: { ...options.user, id: base64url.decode(options.user.id) },
        excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: base64url.decode(c.id) }))
      }
    });
    const result = await post(form, "/webauthn/register", {
      publicKey: {
        label: form.elements.label.value.trim(),
        credential: {
          id: created.id,
          rawId: base64url.encode(created.rawId),
          type: created.type,
          response: {
            attestationObject: base64url.encode(created.response.attestationObject),
            clientDataJSON: base64url.encode(created.response.clientDataJSON),
            transports: created.response.getTransports ? created.response.getTransports() : []
          },
          clientExtensionResults: created.getClientExtensionResults(),
          authenticatorAttachment: created.authenticatorAttachment
        }
      }
    });
    if (!result.success) {
      throw new Error("the server did not accept the passkey");
    }
  }

  async function signIn(button) {
    const options = await post(button, "/webauthn/authenticate/options");
    const assertion = await navigator.credentials.get({
      publicKey: {
        ...options,
        challenge: base64url.decode(options.challenge),
        allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: base64url.decode(c.id) }))
      }
    });
    const result = await post(button, "/login/webauthn", {
      id: assertion.id,
      rawId: base64url.encode(assertion.rawId),
      credType: assertion.type,
      response: {
        authenticatorData: base64url.encode(assertion.response.authenticatorData),
        clientDataJSON: base64url.encode(assertion.response.clientDataJSON),
        signature: base64url.encode(assertion.response.signature),
        userHandle: assertion.response.userHandle ? base64url.encode(assertion.response.userHandle) : undefined
      },
      clientExtensionResults: assertion.getClientExtensionResults(),
      authenticatorAttachment: assertion.authenticatorAttachment
    });
    if (!result.authenticated) {
      throw new Error("the passkey was not accepted");
    }
  }

  function failed(element) {
    const message = document.getElementById(element.dataset.error);
    message.hidden = false;
  }

  document.querySelectorAll("form[data-passkey-register]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      register(form).then(() => window.location.assign(form.dataset.done), () => failed(form));
    });
  });
  document.querySelectorAll("button[data-passkey-sign-in]").forEach((button) => {
    button.addEventListener("click", () => {
      signIn(button).then(() => window.location.assign(button.dataset.done), () => failed(button));
    });
  });
})();
