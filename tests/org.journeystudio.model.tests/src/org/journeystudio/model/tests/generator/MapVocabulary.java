package org.journeystudio.model.tests.generator;

import org.journeystudio.model.journey.BlueprintLane;
import org.journeystudio.model.journey.ChannelKind;
import org.journeystudio.model.journey.EvidenceSource;

/** The words {@link LargeMapGenerator} builds its maps from, so that generated maps read like real ones. */
final class MapVocabulary {

    static final String[] FIRST_NAMES = {"Alex", "Maya", "Jonas", "Priya", "Marco", "Ines", "Sam", "Lena", "Omar",
        "Chloe", "Ravi", "Hana", "Tom", "Zoe", "Ahmed", "Sofia", "Liam", "Mei", "Noah", "Ada"};

    static final String[] ARCHETYPES = {"busy parent", "bargain hunter", "first-time buyer", "loyal regular",
        "small business owner", "IT administrator", "student", "retiree", "frequent traveller", "remote worker"};

    static final String[] GOALS = {"Get it done in one go", "Pay a fair price", "Know what happens next",
        "Avoid surprises on the bill", "Talk to someone who knows the answer", "Keep control of the budget"};

    static final String[] MOTIVATIONS = {"A recommendation from a friend", "A better offer elsewhere",
        "Pressure from a deadline", "Saving time every week"};

    static final String[] BEHAVIORS = {"Researches on the phone, buys on the laptop", "Reads the reviews first",
        "Calls when something looks wrong", "Pays the day the invoice arrives", "Compares three offers"};

    static final String[] FRUSTRATIONS = {"Repeating the same details", "Hidden fees", "Long waiting times",
        "Forms that do not fit the case", "No confirmation that it worked"};

    static final String[] QUOTES = {"I just want it to work the first time.", "Tell me what it costs before I start.",
        "I don't mind waiting if I know how long.", "Why do I have to explain this again?",
        "If it takes more than two minutes, I'll do it later."};

    /** Journey scenarios; the first {@link #B2C_SCENARIOS} use consumer stages, the rest business ones. */
    static final String[] SCENARIOS = {"Buy a phone online", "Open a bank account", "Book a holiday",
        "Renew home insurance", "Order groceries for delivery", "Switch energy supplier", "Return a product",
        "Report a broadband fault", "Onboard to a SaaS platform", "Renew a software contract",
        "Roll out a fleet service", "Set up a business account"};

    static final int B2C_SCENARIOS = 8;

    static final String[] B2C_STAGES = {"Awareness", "Consideration", "Purchase", "Onboarding", "Use", "Support",
        "Loyalty"};

    static final String[] B2B_STAGES = {"Discover", "Evaluate", "Buy", "Implement", "Adopt", "Renew", "Expand"};

    static final String[] STAGE_GOALS = {"Find out what is possible", "Choose the right option", "Commit without surprises",
        "Get started quickly", "Get value every day", "Get problems solved fast", "Stay because it is worth it"};

    static final String[] OBJECTIVES = {"Find where customers give up", "Reduce contacts to customer service",
        "Raise satisfaction in the weakest stage", "Shorten the time to first value"};

    static final String[] STEP_NAMES = {"Search for options", "Compare prices", "Read reviews", "Ask a friend",
        "Visit the website", "Open the app", "Create an account", "Verify identity", "Fill in the form",
        "Upload documents", "Choose a plan", "Add to cart", "Apply a voucher", "Choose delivery", "Pay",
        "Receive the confirmation", "Track the order", "Call customer service", "Chat with an agent",
        "Wait for a callback", "Receive the delivery", "Set it up", "Read the instructions", "Use it for the first time",
        "Report a problem", "Get a reminder", "Receive the invoice", "Pay the invoice", "Update personal details",
        "Give feedback", "Answer a survey", "Recommend to a friend", "Renew the contract", "Upgrade the plan",
        "Visit the store", "Book an appointment", "Meet an advisor", "Sign the contract"};

    static final String[] FEELINGS = {"curious", "hopeful", "confused", "frustrated", "relieved", "anxious",
        "delighted", "impatient", "reassured", "annoyed", "indifferent", "proud"};

    static final String[] THOUGHTS = {"Why is this so complicated?", "That was quicker than I expected.",
        "I hope I picked the right option.", "Do I really have to enter all this again?",
        "Finally, someone who knows what they're talking about.", "Where do I find the reference number?",
        "I'll come back to this later.", "This is exactly what I needed.", "How long is this going to take?",
        "Nobody told me about this fee.", "I'm not sure this worked.", "Great, that's sorted."};

    static final String[] PAIN_POINTS = {"Unclear pricing", "Long waiting time", "Same data asked twice",
        "Confusing navigation", "No confirmation received", "Hidden fees", "Error message without explanation",
        "Agent lacks context", "Delivery window too wide", "Password reset needed", "Slow page load",
        "Different information in different channels", "Order cannot be changed", "Jargon in the documents",
        "Limited opening hours", "Payment declined without reason"};

    static final String[] SUPPORT_ACTIONS = {"Agent answers from the knowledge base", "Order checked for fraud",
        "CRM records the contact", "Confirmation e-mail", "Warehouse picks and packs", "Billing run",
        "Advisor explains the options", "Identity check service", "Printed contract", "Case routed to the right team",
        "Courier hands over the parcel", "Payment service authorises the card", "Receipt and invoice",
        "Technician visit scheduled", "Scheduled reminder job", "Store colleague demonstrates the product"};

    static final BlueprintLane[] SUPPORT_LANES = {BlueprintLane.FRONTSTAGE, BlueprintLane.BACKSTAGE,
        BlueprintLane.SUPPORT_PROCESS, BlueprintLane.PHYSICAL_EVIDENCE, BlueprintLane.BACKSTAGE,
        BlueprintLane.BACKSTAGE, BlueprintLane.FRONTSTAGE, BlueprintLane.SUPPORT_PROCESS,
        BlueprintLane.PHYSICAL_EVIDENCE, BlueprintLane.BACKSTAGE, BlueprintLane.FRONTSTAGE,
        BlueprintLane.SUPPORT_PROCESS, BlueprintLane.PHYSICAL_EVIDENCE, BlueprintLane.BACKSTAGE,
        BlueprintLane.SUPPORT_PROCESS, BlueprintLane.FRONTSTAGE};

    static final String[] OPPORTUNITIES = {"Show all costs up front", "Offer a callback instead of waiting",
        "Pre-fill what we already know", "Confirm every step by e-mail", "Give agents the full history",
        "Offer two-hour delivery slots", "Explain errors in plain language", "Let customers change their order online",
        "One price in every channel", "Self-service status page"};

    /** Metric names in the order of {@code MetricKind}'s literals. */
    static final String[] METRICS = {"Net Promoter Score", "Customer satisfaction", "Customer effort score",
        "Conversion rate", "Churn rate", "Handling time"};

    static final String[] CHANNELS = {"Website", "Mobile app", "E-mail", "Phone", "Chat", "Social media", "Store",
        "Mail", "Branch advisor", "Partner portal"};

    static final ChannelKind[] CHANNEL_KINDS = {ChannelKind.WEB, ChannelKind.MOBILE_APP, ChannelKind.EMAIL,
        ChannelKind.PHONE, ChannelKind.CHAT, ChannelKind.SOCIAL_MEDIA, ChannelKind.STORE, ChannelKind.MAIL,
        ChannelKind.IN_PERSON, ChannelKind.OTHER};

    static final String[] TEAMS = {"Marketing", "Sales", "Customer service", "Product", "IT", "Logistics", "Billing",
        "Legal", "Field service", "Quality", "Store operations", "Data & analytics"};

    static final EvidenceSource[] SOURCES = EvidenceSource.values();

    static final String[] SOURCE_LABELS = {"survey", "analytics", "interviews", "support tickets", "social media",
        "sales data", "observation", "desk research"};

    static final int[] SAMPLE_SIZES = {1200, 50000, 15, 800, 400, 9000, 8, 3};

    private MapVocabulary() {
    }
}
