"""Starter maps for ``journeyctl init``: the stage sets that journey-mapping
practice most often uses.

Each template is a list of stages; the map is written as commented YAML with
the yaml-language-server modeline, in the requested locale: stage names and
placeholders in English, Lithuanian, Polish, Greek, Russian or Thai, and in
English for any other locale (with that locale set, so the built-in labels
follow it).
"""

from __future__ import annotations

import os
from pathlib import Path

from journeyctl.render.i18n import resolve
from journeyctl.text.yaml_scalar import comment, scalar

#: template -> (description, [(stage id, {locale: name})])
TEMPLATES: dict[str, tuple[str, list[tuple[str, dict[str, str]]]]] = {
    "lifecycle": ("the customer lifecycle: awareness to advocacy", [
        ("awareness", {"en": "Awareness", "lt": "Sužinojimas", "pl": "Świadomość", "el": "Επίγνωση", "ru": "Осведомлённость", "th": "การรับรู้"}),
        ("consideration", {"en": "Consideration", "lt": "Svarstymas", "pl": "Rozważanie", "el": "Εξέταση", "ru": "Рассмотрение", "th": "การพิจารณา"}),
        ("purchase", {"en": "Purchase", "lt": "Pirkimas", "pl": "Zakup", "el": "Αγορά", "ru": "Покупка", "th": "การซื้อ"}),
        ("retention", {"en": "Retention", "lt": "Išlaikymas", "pl": "Utrzymanie", "el": "Διατήρηση", "ru": "Удержание", "th": "การรักษาลูกค้า"}),
        ("advocacy", {"en": "Advocacy", "lt": "Rekomendavimas", "pl": "Polecanie", "el": "Υποστήριξη", "ru": "Рекомендации", "th": "การแนะนำต่อ"}),
    ]),
    "shopping": ("research, compare, purchase and use (four stages of a retail purchase)", [
        ("research", {"en": "Research", "lt": "Informacijos paieška", "pl": "Badania i przygotowanie zakupów", "el": "Έρευνα", "ru": "Поиск информации", "th": "การค้นหาข้อมูล"}),
        ("compare", {"en": "Compare", "lt": "Palyginimas", "pl": "Porównanie", "el": "Σύγκριση", "ru": "Сравнение", "th": "การเปรียบเทียบ"}),
        ("purchase", {"en": "Purchase and payment", "lt": "Pirkimas ir apmokėjimas", "pl": "Zakup i płatność", "el": "Αγορά και πληρωμή", "ru": "Покупка и оплата", "th": "การซื้อและชำระเงิน"}),
        ("use", {"en": "Use, care and repurchase", "lt": "Naudojimas ir pakartotinis pirkimas", "pl": "Użytkowanie, konserwacja i ponowny zakup", "el": "Χρήση και επαναγορά", "ru": "Использование и повторная покупка", "th": "การใช้งานและการซื้อซ้ำ"}),
    ]),
    "b2b": ("the eight-stage B2B journey from need to advocacy", [
        ("need", {"en": "Problem or need", "lt": "Problema ar poreikis", "pl": "Problem lub potrzeba", "el": "Πρόβλημα ή ανάγκη", "ru": "Проблема или потребность", "th": "ปัญหาหรือความจำเป็น"}),
        ("research", {"en": "Research solutions", "lt": "Sprendimų paieška", "pl": "Szukanie rozwiązań", "el": "Έρευνα λύσεων", "ru": "Поиск решений", "th": "ค้นหาโซลูชัน"}),
        ("evaluate", {"en": "Evaluate vendors", "lt": "Tiekėjų vertinimas", "pl": "Ocena dostawców", "el": "Αξιολόγηση προμηθευτών", "ru": "Оценка поставщиков", "th": "ประเมินผู้ขาย"}),
        ("onboarding", {"en": "Onboarding", "lt": "Įdiegimas", "pl": "Wdrożenie", "el": "Ενσωμάτωση", "ru": "Внедрение", "th": "เริ่มต้นใช้งาน"}),
        ("usage", {"en": "Product use", "lt": "Naudojimas", "pl": "Korzystanie z produktu", "el": "Χρήση του προϊόντος", "ru": "Использование продукта", "th": "การใช้ผลิตภัณฑ์"}),
        ("support", {"en": "Support", "lt": "Pagalba", "pl": "Wsparcie", "el": "Υποστήριξη", "ru": "Поддержка", "th": "การขอความช่วยเหลือ"}),
        ("renewal", {"en": "Renewal", "lt": "Atnaujinimas", "pl": "Odnowienie", "el": "Ανανέωση", "ru": "Продление", "th": "การต่ออายุ"}),
        ("advocacy", {"en": "Advocacy", "lt": "Rekomendavimas", "pl": "Polecanie", "el": "Σύσταση", "ru": "Рекомендации", "th": "การแนะนำต่อ"}),
    ]),
    "support": ("support and self-service: from a problem to its resolution", [
        ("notice", {"en": "Notice the problem", "lt": "Problemos pastebėjimas", "pl": "Zauważenie problemu", "el": "Εντοπισμός του προβλήματος", "ru": "Проблема замечена", "th": "พบปัญหา"}),
        ("self-service", {"en": "Look for an answer", "lt": "Atsakymo paieška", "pl": "Szukanie odpowiedzi", "el": "Αναζήτηση απάντησης", "ru": "Поиск ответа", "th": "ค้นหาคำตอบด้วยตนเอง"}),
        ("contact", {"en": "Contact support", "lt": "Kreipimasis į aptarnavimą", "pl": "Kontakt z obsługą", "el": "Επικοινωνία με την υποστήριξη", "ru": "Обращение в поддержку", "th": "ติดต่อฝ่ายสนับสนุน"}),
        ("resolution", {"en": "Resolution", "lt": "Išsprendimas", "pl": "Rozwiązanie", "el": "Επίλυση", "ru": "Решение", "th": "การแก้ไขปัญหา"}),
        ("follow-up", {"en": "Follow-up", "lt": "Tolesni veiksmai", "pl": "Działania następcze", "el": "Παρακολούθηση", "ru": "Последующий контакт", "th": "การติดตามผล"}),
    ]),
    "blueprint": ("a service blueprint: each step with its evidence, frontstage, backstage and support", [
        ("request", {"en": "Request", "lt": "Užklausa", "pl": "Zgłoszenie", "el": "Αίτημα", "ru": "Запрос", "th": "การร้องขอ"}),
        ("delivery", {"en": "Service delivery", "lt": "Paslaugos teikimas", "pl": "Realizacja usługi", "el": "Παροχή υπηρεσίας", "ru": "Оказание услуги", "th": "การให้บริการ"}),
        ("follow-up", {"en": "Follow-up", "lt": "Tolesni veiksmai", "pl": "Działania następcze", "el": "Παρακολούθηση", "ru": "Последующий контакт", "th": "การติดตามผล"}),
    ]),
}

#: The service blueprint's placeholders (English in every locale).
BLUEPRINT_LINES = (
    "        # service blueprint: what the customer sees, and the service behind the step",
    "        evidence: [What the customer sees or gets]",
    "        frontstage: [What staff or systems do in the customer's sight]",
    "        backstage: [What staff or systems do out of sight]",
    "        support: [Internal processes, systems and partners behind it]",
)

PLACEHOLDERS: dict[str, dict[str, str]] = {
    "en": {"title": "Name of the journey", "persona": "Name of the persona", "action": "What the customer does", "touchpoint": "Website"},
    "lt": {"title": "Kelionės pavadinimas", "persona": "Asmens vardas", "action": "Ką daro klientas", "touchpoint": "Svetainė"},
    "pl": {"title": "Nazwa ścieżki", "persona": "Imię persony", "action": "Co robi klient", "touchpoint": "Strona internetowa"},
    "el": {"title": "Όνομα του ταξιδιού", "persona": "Όνομα της περσόνας", "action": "Τι κάνει ο πελάτης", "touchpoint": "Ιστότοπος"},
    "ru": {"title": "Название пути клиента", "persona": "Имя персоны", "action": "Что делает клиент", "touchpoint": "Сайт"},
    "th": {"title": "ชื่อเส้นทางของลูกค้า", "persona": "ชื่อบุคลิกลูกค้า", "action": "ลูกค้าทำอะไร", "touchpoint": "เว็บไซต์"},
}

SCHEMA_NAMES = ("schemas/journey.schema.json", "journey.schema.json")


def schema_reference(target: Path) -> str | None:
    """A path from ``target``'s folder to a journey schema in it or above it."""
    folder = target.resolve().parent
    for candidate in [folder, *folder.parents]:
        for name in SCHEMA_NAMES:
            if (candidate / name).is_file():
                return Path(os.path.relpath(candidate / name, folder)).as_posix()
    return None


def starter(template: str, locale: str, map_id: str, schema: str | None, lint_path: str | None = None) -> str:
    description, stages = TEMPLATES[template]
    language = resolve(locale) if resolve(locale) in PLACEHOLDERS else "en"
    words = PLACEHOLDERS[language]
    modeline = f"# yaml-language-server: $schema={schema or 'journey.schema.json'}"
    out = [modeline]
    if schema is None:
        out.append("# (create the schema for your editor with: journeyctl schema -o journey.schema.json)")
    out += [
        f"# A journey map from the '{template}' template: {description}.",
        "# Replace the placeholders, then check it with: journeyctl lint " + comment(lint_path or f"{map_id}.yaml"),
        "journeyctl: 1",
        f"id: {map_id}",
        f"title: {scalar(words['title'])}",
        f"locale: {locale}",
        "state: current                # current: as it is today; future: as it should be",
        "# updated: YYYY-MM-DD          # when the map was last checked against reality",
        "# goal: what the persona is trying to achieve",
        "",
        "persona:",
        f"  name: {scalar(words['persona'])}",
        "  # role, quote, image, and lists of goals, needs and frustrations",
        "  goals: []",
        "",
        "# The places where the customer meets you; steps refer to them by id.",
        "touchpoints:",
        "  - id: website",
        f"    name: {scalar(words['touchpoint'])}",
        "    channel: web                # web, mobile-app, email, phone, chat, social, store, ...",
        "",
        "stages:",
    ]
    for index, (stage_id, names) in enumerate(stages, start=1):
        out += [
            f"  - id: {stage_id}",
            f"    name: {scalar(names.get(language, names['en']))}",
            "    steps:",
            f"      - id: {stage_id}-1",
            f"        action: {scalar(words['action'])}",
        ]
        if index == 1:
            out += [
                "        touchpoints: [website]",
                "        emotion: 0              # -2 very negative ... 2 very positive",
                "        # feeling, thoughts, questions, barriers: [{id, text, severity}], moment_of_truth",
            ]
        if template == "blueprint":
            out += list(BLUEPRINT_LINES)
    return "\n".join(out) + "\n"
