// Guyub's only script. Loaded from this site, as the Content-Security-Policy requires; every page
// works without it (the server reads amounts however they are typed), and only the counter's selling
// through a dropped connection needs it.
(function () {
  "use strict";

  // A button marked data-print prints the page (receipts, statements, reports).
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target instanceof Element && target.closest("[data-print]")) {
      window.print();
    }
  });

  // Money fields group thousands with dots as they are typed: "1250000" reads "1.250.000". A comma
  // starts the decimals; anything else typed ("Rp", spaces) is dropped. The caret stays after the
  // same digit it was after.
  function grouped(text) {
    var parts = text.replace(/[^0-9,]/g, "").split(",");
    var whole = parts[0].replace(/^0+(?=[0-9])/, "").replace(/\B(?=([0-9]{3})+(?![0-9]))/g, ".");
    return parts.length > 1 ? whole + "," + parts.slice(1).join("") : whole;
  }

  document.addEventListener("input", function (event) {
    var field = event.target;
    if (!(field instanceof HTMLInputElement) || !field.hasAttribute("data-money")) return;
    var caret = field.selectionStart === null ? field.value.length : field.selectionStart;
    var before = field.value.slice(0, caret).replace(/[^0-9,]/g, "").length;
    var text = grouped(field.value);
    if (text === field.value) return;
    field.value = text;
    var position = 0;
    for (var seen = 0; position < text.length && seen < before; position++) {
      if (/[0-9,]/.test(text.charAt(position))) seen++;
    }
    field.setSelectionRange(position, position);
  });

  // A date typed as digits, dots or dashes is written back day first with slashes, so the eye can check
  // what will be read: "05082026" and "5-8-2026" read "05/08/2026". Month names are left as typed.
  document.addEventListener("change", function (event) {
    var field = event.target;
    if (!(field instanceof HTMLInputElement) || !field.hasAttribute("data-date")) return;
    var value = field.value.trim();
    var parts = /^([0-9]{2})([0-9]{2})([0-9]{4})$/.exec(value) || /^([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{4})$/.exec(value);
    if (!parts) return;
    var pad = function (n) { return n.length < 2 ? "0" + n : n; };
    field.value = pad(parts[1]) + "/" + pad(parts[2]) + "/" + parts[3];
  });

  // Fields asked only for one choice show when it is chosen: `data-when="kind=berjangka"` (the term of a term
  // deposit), `data-when="payment=split"` (the parts of a split payment).
  function showWhen(form) {
    form.querySelectorAll("[data-when]").forEach(function (part) {
      var rule = part.getAttribute("data-when").split("=");
      var field = form.querySelector('select[name="' + rule[0] + '"]');
      part.hidden = !field || field.value !== rule[1];
    });
  }
  document.querySelectorAll("form").forEach(function (form) {
    if (form.querySelector("[data-when]")) showWhen(form);
  });
  document.addEventListener("change", function (event) {
    var field = event.target;
    if (field instanceof HTMLSelectElement && field.form && field.form.querySelector("[data-when]")) showWhen(field.form);
  });

  // A form sent back with an error: its first marked field takes the focus (and comes into view).
  var invalid = document.querySelector('[aria-invalid="true"]');
  if (invalid instanceof HTMLElement) invalid.focus();

  // A page brought back by the Back button shows what is true now (a balance after a deposit), and its
  // forms get keys of their own again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) window.location.reload();
  });

  // Amounts already in a form (settings, a refused form's values) read the same way.
  document.querySelectorAll("input[data-money]").forEach(function (field) {
    if (/^[0-9]+(,[0-9]*)?$/.test(field.value)) field.value = grouped(field.value);
  });

  // The counter when the connection drops: cash sales go on from the product list kept on this device,
  // each kept with its own key and the time it was made, and are sent in order when the connection is
  // back (the server books each once, at that time). What needs the server is refused here.
  var offline = document.getElementById("offline-counter");
  if (offline) counterOffline(offline);

  function counterOffline(panel) {
    var device = panel.getAttribute("data-device");
    var catalogueKey = "guyub.catalogue." + device.split(".")[0];
    var queueKey = "guyub.sales." + device;
    var refusedKey = "guyub.refused." + device;
    var member = panel.getAttribute("data-member");
    var csrf = (document.querySelector('input[name="_csrf"]') || {}).value || "";
    var text = function (name) { return panel.getAttribute("data-t-" + name) || ""; };
    var queueNote = document.getElementById("offline-queue");
    var message = panel.querySelector(".offline-message");
    var cart = [];
    var sending = false;

    function read(key, fallback) {
      try { return JSON.parse(window.localStorage.getItem(key)) || fallback; } catch (e) { return fallback; }
    }
    function write(key, value) { window.localStorage.setItem(key, JSON.stringify(value)); }

    // Amounts and quantities are whole numbers of their smallest part (BigInt), as the server keeps them.
    function minor(major, decimals) {
      var parts = String(major).split(".");
      var fraction = ((parts[1] || "") + "000000").slice(0, decimals);
      return BigInt(parts[0] + fraction);
    }
    function thousandths(typed) {
      var match = /^\s*([0-9]{1,9})(?:[.,]([0-9]{1,3}))?\s*$/.exec(typed);
      if (!match) return null;
      var value = BigInt(match[1]) * BigInt(1000) + BigInt(((match[2] || "") + "000").slice(0, 3));
      return value > BigInt(0) ? value : null;
    }
    function quantityString(value) {
      var whole = value / BigInt(1000), rest = String(value % BigInt(1000)).padStart(3, "0").replace(/0+$/, "");
      return String(whole) + (rest ? "." + rest : "");
    }
    function money(value, decimals) {
      var unit = BigInt(10) ** BigInt(decimals);
      var whole = String(value / unit).replace(/\B(?=([0-9]{3})+(?![0-9]))/g, ".");
      return "Rp " + whole + (decimals > 0 ? "," + String(value % unit).padStart(decimals, "0") : "");
    }
    function majorString(value, decimals) {
      var unit = BigInt(10) ** BigInt(decimals);
      return String(value / unit) + (decimals > 0 ? "." + String(value % unit).padStart(decimals, "0") : "");
    }
    function typedMoney(typed, decimals) {
      var parts = typed.replace(/[^0-9,]/g, "").split(",");
      if (!parts[0]) return null;
      return BigInt(parts[0]) * BigInt(10) ** BigInt(decimals) + BigInt(((parts[1] || "") + "0000").slice(0, decimals) || "0");
    }
    // What a base unit costs this buyer for this quantity: their price, or a lower tier for their class.
    function price(product, quantity, decimals) {
      var buyer = member !== "none" ? "member" : "general";
      var best = minor(buyer === "member" ? product.memberPrice : product.nonMemberPrice, decimals);
      product.tiers.forEach(function (tier) {
        var from = thousandths(tier.minQuantity);
        var tierPrice = minor(tier.price, decimals);
        if (tier.customerClass === buyer && from !== null && quantity >= from && tierPrice < best) best = tierPrice;
      });
      return best;
    }
    // A line's amount, rounded half up to the smallest unit, as the server rounds it.
    function amount(unitPrice, quantity) {
      return (unitPrice * quantity + BigInt(500)) / BigInt(1000);
    }

    function showQueue() {
      var waiting = read(queueKey, []).length;
      var refused = read(refusedKey, []);
      var notes = [];
      if (waiting > 0) notes.push(text("waiting").replace("{n}", waiting));
      if (refused.length > 0) {
        notes.push(text("refused").replace("{n}", refused.length).replace("{reason}", refused[refused.length - 1].reason));
      }
      queueNote.textContent = notes.join(" ");
      queueNote.hidden = notes.length === 0;
    }

    // Sends the waiting sales one by one, oldest first; a sale the server refuses is set aside with its
    // reason, and a dropped connection or a server error stops until the next try.
    function send() {
      var queue = read(queueKey, []);
      if (sending || queue.length === 0 || !navigator.onLine) return;
      sending = true;
      var sale = queue[0];
      fetch("/api/v1/store/sales", {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Idempotency-Key": sale.key, "X-CSRF-Token": csrf },
        body: JSON.stringify(sale.body)
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (answer) {
          sending = false;
          if (response.status >= 500 || response.status === 401 || response.status === 403) return;
          var rest = read(queueKey, []).filter(function (waiting) { return waiting.key !== sale.key; });
          if (response.status !== 201) {
            var refused = read(refusedKey, []);
            refused.push({ key: sale.key, madeAt: sale.body.madeAt, reason: (answer.error || {}).message || "" });
            write(refusedKey, refused);
          }
          write(queueKey, rest);
          showQueue();
          if (rest.length > 0) send();
          else if (!panel.hidden && cart.length === 0) window.location.reload();
        });
      }).catch(function () { sending = false; });
    }

    function catalogue() { return read(catalogueKey, null); }

    function render() {
      var list = catalogue();
      var lines = panel.querySelector(".offline-lines");
      lines.textContent = "";
      var total = BigInt(0);
      cart.forEach(function (line, index) {
        var product = list.products.filter(function (p) { return p.id === line.id; })[0];
        var quantity = thousandths(line.typed);
        var item = document.createElement("li");
        item.className = "sale-line";
        var name = document.createElement("span");
        name.className = "sale-line-name name";
        name.textContent = product.name;
        var label = document.createElement("label");
        label.textContent = text("quantity").replace("{unit}", product.unit);
        var field = document.createElement("input");
        field.value = line.typed;
        field.setAttribute("inputmode", "decimal");
        field.setAttribute("maxlength", "12");
        field.id = "offline-line-" + index;
        label.setAttribute("for", field.id);
        field.addEventListener("change", function () { line.typed = field.value; render(); });
        var lineAmount = document.createElement("span");
        lineAmount.className = "sale-line-amount";
        if (quantity === null) {
          lineAmount.textContent = text("unreadable");
          field.setAttribute("aria-invalid", "true");
        } else {
          var value = amount(price(product, quantity, list.decimals), quantity);
          total += value;
          lineAmount.textContent = money(value, list.decimals);
        }
        var remove = document.createElement("button");
        remove.type = "button";
        remove.className = "secondary remove-line";
        remove.textContent = text("remove");
        remove.addEventListener("click", function () { cart.splice(index, 1); render(); });
        var typedField = document.createElement("div");
        typedField.className = "field";
        typedField.appendChild(label);
        typedField.appendChild(field);
        [name, typedField, lineAmount, remove].forEach(function (part) { item.appendChild(part); });
        lines.appendChild(item);
      });
      panel.querySelector(".offline-total").textContent = money(total, list.decimals);
      return total;
    }

    // Adds one base unit of the product, or one pack (its size in thousandths) when a pack's barcode was read.
    function add(product, size) {
      message.textContent = "";
      if (product.regulated) { message.textContent = product.name + ": " + text("regulated"); return; }
      var more = size || BigInt(1000);
      var line = cart.filter(function (l) { return l.id === product.id; })[0];
      if (line) {
        var now = thousandths(line.typed);
        line.typed = quantityString((now === null ? BigInt(0) : now) + more).replace(".", ",");
      } else {
        cart.push({ id: product.id, typed: quantityString(more).replace(".", ",") });
      }
      render();
    }

    // A pack of the product by name or by barcode; its size in thousandths of the base unit.
    function packSize(product, test) {
      var pack = (product.packs || []).filter(test)[0];
      return pack ? thousandths(pack.size) : null;
    }

    function find(query) {
      var found = panel.querySelector(".offline-found");
      found.textContent = "";
      var list = catalogue();
      var q = query.trim().toLowerCase();
      if (!q) return;
      var code = query.trim();
      var scanned = list.products.filter(function (p) { return p.barcode === code; })[0];
      if (scanned) { add(scanned); panel.querySelector("#offline-q").value = ""; return; }
      var packed = list.products.filter(function (p) {
        return packSize(p, function (pack) { return pack.barcode === code; }) !== null;
      })[0];
      if (packed) {
        add(packed, packSize(packed, function (pack) { return pack.barcode === code; }));
        panel.querySelector("#offline-q").value = "";
        return;
      }
      var matches = list.products.filter(function (p) { return p.name.toLowerCase().indexOf(q) >= 0; }).slice(0, 20);
      if (matches.length === 0) message.textContent = text("not-found").replace("{q}", query.trim());
      matches.forEach(function (product) {
        var item = document.createElement("li");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "found-product";
        button.textContent = product.name + " · " + money(price(product, BigInt(1000), list.decimals), list.decimals)
          + " / " + product.unit;
        button.addEventListener("click", function () {
          add(product);
          found.textContent = "";
          panel.querySelector("#offline-q").value = "";
        });
        item.appendChild(button);
        found.appendChild(item);
      });
    }

    // Takes over from the page: the sale being built comes along, less what needs the server.
    function goOffline() {
      if (!panel.hidden) return;
      var list = catalogue();
      document.querySelectorAll("[data-online]").forEach(function (part) { part.hidden = true; });
      panel.hidden = false;
      if (!list) {
        message.textContent = text("no-catalogue");
        panel.querySelector(".offline-save").disabled = true;
        return;
      }
      var ids = document.querySelectorAll('.shop-sale input[name="productId[]"]');
      var typed = document.querySelectorAll('.shop-sale input[name="quantity[]"]');
      var packs = document.querySelectorAll('.shop-sale [name="pack[]"]');
      ids.forEach(function (id, index) {
        var product = list.products.filter(function (p) { return p.id === id.value; })[0];
        if (!product || product.regulated) return;
        // A line counted in packs comes along in the base unit.
        var name = packs[index] ? packs[index].value : "";
        var size = name ? packSize(product, function (pack) { return pack.name === name; }) : null;
        var count = thousandths(typed[index].value);
        var quantity = size !== null && count !== null
          ? quantityString(count * size / BigInt(1000)).replace(".", ",") : typed[index].value;
        cart.push({ id: product.id, typed: quantity });
      });
      render();
      panel.querySelector("#offline-q").focus();
    }

    function save() {
      var list = catalogue();
      var total = render();
      var cash = typedMoney(panel.querySelector("#offline-cash").value, list.decimals);
      if (cart.length === 0) { message.textContent = text("empty"); return; }
      if (cart.some(function (line) { return thousandths(line.typed) === null; })) { message.textContent = text("unreadable"); return; }
      if (cash !== null && cash < total) { message.textContent = text("short"); return; }
      var body = {
        lines: cart.map(function (line) { return { productId: line.id, quantity: quantityString(thousandths(line.typed)) }; }),
        payment: "cash", madeAt: new Date().toISOString(),
        // What the cashier took: the server refuses the sale if its prices make another total.
        expectedTotal: majorString(total, list.decimals)
      };
      if (member !== "none") body.memberId = member;
      // The member looked up before the connection dropped buys this sale only.
      member = "none";
      var queue = read(queueKey, []);
      queue.push({ key: "offline-" + newKey(), body: body });
      write(queueKey, queue);
      cart = [];
      render();
      panel.querySelector("#offline-cash").value = "";
      message.textContent = text("saved").replace("{change}", money(cash === null ? BigInt(0) : cash - total, list.decimals));
      showQueue();
      send();
    }

    function newKey() {
      if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
      var bytes = window.crypto.getRandomValues(new Uint8Array(16));
      return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
    }

    panel.querySelector("#offline-q").addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); find(event.target.value); }
    });
    panel.querySelector("#offline-q").addEventListener("input", function (event) {
      if (event.target.value.trim().length >= 2) find(event.target.value);
    });
    panel.querySelector(".offline-save").addEventListener("click", save);
    // Without a connection, the page's own forms and links would lead to the browser's error page.
    document.addEventListener("submit", function (event) {
      if (!navigator.onLine && !panel.contains(event.target)) { event.preventDefault(); goOffline(); }
    }, true);
    document.addEventListener("click", function (event) {
      var link = event.target instanceof Element && event.target.closest("a[href]");
      if (link && !navigator.onLine) { event.preventDefault(); goOffline(); }
    }, true);
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", function () {
      // Back with nothing to send and nothing being sold: the page itself again, as it is now.
      if (read(queueKey, []).length === 0 && !panel.hidden && cart.length === 0) window.location.reload();
      else send();
    });
    window.setInterval(send, 30000);

    showQueue();
    if (navigator.onLine) {
      fetch("/api/v1/store/catalogue", { credentials: "same-origin" }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (list) { if (list) write(catalogueKey, list); }).catch(function () {});
      send();
    } else {
      goOffline();
    }
  }

  // A field that takes a barcode or a member card's QR code reads it from the camera, where the browser can
  // (Chrome on Android has BarcodeDetector); elsewhere a USB scanner types into the field as before. What is
  // read goes into the field and its form is sent, as if typed and Enter pressed.
  if ("BarcodeDetector" in window && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    document.querySelectorAll("input[data-scan]").forEach(function (field) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "secondary scan-button";
      button.textContent = field.getAttribute("data-scan");
      field.parentNode.insertBefore(button, field.nextSibling);
      button.addEventListener("click", function () { scan(field); });
    });
  }

  function scan(field) {
    var detector = new window.BarcodeDetector();
    var overlay = document.createElement("div");
    overlay.className = "scanner";
    var video = document.createElement("video");
    video.setAttribute("playsinline", "");
    video.muted = true;
    var close = document.createElement("button");
    close.type = "button";
    close.className = "secondary";
    close.textContent = field.getAttribute("data-scan-close");
    overlay.appendChild(video);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
    var stream = null, done = false;
    function stop() {
      done = true;
      if (stream) stream.getTracks().forEach(function (track) { track.stop(); });
      overlay.remove();
    }
    close.addEventListener("click", stop);
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }).then(function (media) {
      // Closed while the phone was still asking for the camera: let it go at once.
      if (done) { media.getTracks().forEach(function (track) { track.stop(); }); return; }
      stream = media;
      video.srcObject = media;
      return video.play();
    }).then(function look() {
      if (done) return;
      detector.detect(video).then(function (codes) {
        if (done) return;
        if (codes.length === 0) { window.setTimeout(look, 250); return; }
        stop();
        field.value = codes[0].rawValue;
        // A form is sent; the offline counter's search finds the good on Enter.
        if (field.form) field.form.requestSubmit();
        else field.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
      }).catch(function () { window.setTimeout(look, 500); });
    }).catch(stop);
  }
})();
