"""Page furniture: the lines a page wraps around an article (bylines, share
buttons, ads, video pointers, author cards) that must never become content."""

from __future__ import annotations

import datetime as dt
import re

from .lexicon import NAME, title_case_name

# Editorial notes, credits and tip lines; also dropped when they close a paragraph.
_NOTES = r"""(?:
        (?:this|the)\ (?:interview|conversation|transcript|q\s?&\s?a|article|text
        |exchange)
        \ (?:has\ been|was|is|have\ been)\ (?:lightly\ |slightly\ )?(?:condensed|edited|abridged
        |shortened|translated)(?:\ (?:and|&)\ (?:lightly\ )?
        (?:condensed|edited|abridged|shortened))?
        (?:\ (?:for|from)\ [^.!?]{0,50})?\s*[.!]?
      # "This interview was conducted in Portuguese and English and has been translated …"
      | (?:this|the)\ (?:interview|conversation)\ (?:was|has\ been)\ (?:conducted|carried\ out
        |recorded)\ (?:in|by|over|via|on)\b[^.!?]{1,100}[.!]?
      | (?:(?:it|responses|answers|quotes|remarks)\ (?:has|have)\ been\ )?
        (?:lightly\ )?(?:edited|condensed)\ (?:and\ (?:condensed|edited)\ )?
        for\ (?:length|clarity|brevity)
        [^.!?]{0,40}[.!]?
      | (?:show\ notes|notes|research|production|produced|edited|transcribed|transcription|
        audio\ production|mixing|music)\ (?:by|:)\ (?-i:[A-Z][\w'’.-]*(?:\ (?:[A-Z][\w'’.-]*|and|&))
        {0,5})\.?
      | (?:have|got|spotted|seen|heard)\ (?:a\ )?(?:story|tip|news\ tip|question|correction
        |claim|error|mistake)\b.{0,80}
        (?:email|e-mail|contact|write\ to|get\ in\ touch)\b.{0,80}
      | (?:email|e-mail|contact)\ .{0,40}@\S+\ ?\.?
      | (?:update|updated|note|correction|clarification|editor['’]s\ note)
        \s*(?:\(.{0,40}\)|,\s*[^:]{1,30})?\s*:\s*  # "Editor's note, Sept. 12, 2025: …"
        (?:this\ (?:post|article|story|piece|interview)\ (?:was|has\ been)
        \ (?:updated|corrected|amended|changed)
        |an\ earlier\ version)\b.{0,200}
      | (?:this\ (?:post|article|story|piece)\ (?:was|has\ been)
        \ (?:updated|corrected|amended))\b.{0,200}
      | updated?\s*(?:\([^)]{1,40}\)|,\s*[^:,]{1,30})\s*:\s*\S.{0,300}  # "Update, 7 May: …"
      | more\ to\ follow\.?
      # a wire story's credit: "Associated Press writer Sam Reed contributed from New York."
      | (?:[\w.&'’-]+\ ){0,4}(?:writers?|reporters?|correspondents?|staff)
        \ (?-i:[A-Z])[^.!?"“”]{1,80}\ contributed\b[^.!?"“”]{0,80}[.!]?
      # "This is a transcript of the Hallam Dyer Podcast #512 with Orrin Vale."
      | (?:this|what\ follows|below)\ (?:is|are)\ (?:a|an|the)\ (?:[\w-]+\ ){0,2}transcripts?
        \ (?:of|from)\b(?![^.!?]*,\ \w+\ (?:said|says|added|told)\b)[^.!?"“”]{1,160}[.!]?
      # "This article originally appeared on The Circuit.", "… was first published by …"
      | this\ (?:article|story|piece|post|interview)\ (?:was\ |has\ been\ )?(?:originally|first)
        \ (?:appeared|published|ran)\ (?:on|in|by|at)\ [^.!?]{1,80}[.!]?
      # "Follow all of Relay Daily's Atlantica AI Summit coverage here."
      | (?:follow|read|see|catch\ up\ on)\ (?:all\ (?:of\ )?)?
        (?:our|(?-i:[A-Z])[\w'’.&\ ]{1,30}['’]s)\ (?:[\w-]+\ ){0,5}?(?:live\ |full\ |latest\ )?
        (?:coverage|blog|updates|reporting)\b[^.!?]{0,80}
        \ (?:here|below|on\ our\ [\w\ ]{1,20})\.?
      # "We'll have a full write-up of the session later today."
      | (?:we['’]ll|we\ will)\ have\ (?:a\ |more\ )?(?:full\ |longer\ |complete\ )?
        (?:write-?up|story|report|analysis|coverage|recap)\b[^.!?]{0,80}[.!]?
      # show credits and disclaimers: "Zero to Ship is produced by Slackwater Audio.", "This
      # column reflects the views of the author."
      | (?-i:[A-Z])[\w'’&\ ]{1,50}\ (?:is|was)\ (?:produced|made)\ by\ [^.!?]{1,60}
        (?-i:Audio|Media|Studios?|Productions|Podcasts|Network|Radio|Sound)\b\.?
      | this\ (?:column|article|piece|post|op-ed|commentary|essay)\ (?:reflects|represents)
        \ (?:only\ )?the\ (?:views|opinions)\ of\b[^.!?]{0,80}\.?
      | (?:the\ )?(?:views|opinions)\ expressed\ (?:here|in\ this)\b[^.!?]{0,120}\.?
      # a subscription prompt: "If you got this far you might as well subscribe. It’s free …"
      | if\ you(?:['’]ve|\ have)?\ (?:got|made\ it|read|come)\ this\ far\b[^"“”]{0,200}
      # a pointer to the episode: "For the hot dog ranking, you'll have to listen."
      | [^.!?"“”]{0,60}\ you['’]ll\ (?:have|need)\ to\ (?:listen|watch|tune\ in)\b[^.!?]{0,40}[.!]?
      | (?:this|the)\ (?:story|article|report|piece|series|coverage|reporting|project)
        \ (?:was|is|has\ been)\ (?:produced|funded|supported|made\ possible|published|reported)
        \ (?:by|with|in\ partnership|through|thanks\ to)\b[^.!?]{0,200}[.!]?
      | (?:enjoy|enjoyed|like|liked|love|loved)\ (?:this|these|reading)\b[^.!?]{0,60}\?
      | (?:please\ )?(?:support|back|tip)\ [^.!?]{1,60}\ (?:on|via)\ (?:ko-fi|patreon|substack
        |buy\ me\ a\ coffee|liberapay|open\ collective)\b[^.!?]{0,40}[.!]?
      | thanks\ (?:to\ )?(?:everyone|all\ of\ you|all)\ who\ (?:joined|came|listened|tuned\ in
        |watched|sent|asked|took\ part)\b[^.!?]{0,80}[.!]?
      | our\ next\ (?:ama|episode|session|live\ session|event|issue|edition|guest|interview
        |livestream|stream)\b[^.!?]{0,120}[.!]?
      | (?:all\ )?(?:questions|answers)[^.!?]{0,60}\ (?:are|were|have\ been)\ (?:lightly\ )?
        (?:trimmed|edited|condensed|shortened)\b[^.!?]{0,40}[.!]?
      # a writer's address on a line of its own
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?
      # the publication on itself: "The Ward Round is an independent, reader-funded
      # newsletter. It receives no money from …", "The Lakehead Dispatch is a member of the
      # Northwoods News Trust. Read our ethics policy."
      | (?:the\ )?(?-i:[A-Z])[\w&'’\ -]{1,40}\ (?:is|are)\ (?:an?\ )?(?:independent|reader-funded
        |reader-supported|member-supported|nonprofit|non-profit|not-for-profit)(?:,?\ [\w-]+){0,3}
        \ (?:newsletter|publication|newsroom|news\ (?:site|organi[sz]ation|outlet|service)
        |magazine|website|podcast|paper|newspaper)\b[^.!?]{0,80}[.!]?
      | (?:it|we)\ (?:receives?|takes?|accepts?)\ no\ (?:money|funding|advertising)\b
        [^.!?]{0,120}[.!]?
      | (?-i:[A-Z])[\w&'’\ -]{1,40}\ is\ a\ member\ of\ (?:the\ )?(?-i:[A-Z])[^.!?]{0,60}
        (?:news|press|journalism|media|editors?)\ [^.!?]{0,30}(?:trust|network|institute
        |alliance|association|organi[sz]ation|council|project)\.?
      | read\ our\ (?:ethics|corrections|editorial|standards)
        \ (?:policy|policies|code|guidelines)\.?
    )"""
_NOTE_SENTENCE = re.compile(r"(?:^|(?<=[.!?”\"]\s))" + _NOTES + r"\s*$", re.I | re.X)

# A phone number, an email address or a web address to use.
_CONTACT = r"(?:\+?\d[\d\ ()-]{7,}\d|[\w.+-]+@[\w-]+\.[\w.]+\w|www\.\S+|https?://\S+)"
CONTACT = re.compile(_CONTACT)

_FURNITURE_LINE = re.compile(
    r"""^(?:
        image\ info | image | photo | picture | video | videos | audio | gallery
        # a fact-checker's legend of ratings: "Mostly accurate: The claim is broadly correct …"
      | (?:mostly\ |partly\ |half\ )?(?:true|false|accurate|inaccurate|misleading|correct
        |incorrect|unsupported|exaggerated|unproven|mixed)\s*:\s*[^.:]{0,60}\b(?:claim|statement)
        \b.{0,200}
      | share | share\ this.* | share\ on\b.*
      | share\ (?:the|this)\ (?:article|story|post|interview).*
      | (?:tweet|email|print|copy\ link|facebook|twitter|linkedin|whatsapp|reddit)(?:\s*[·|]\s*\w+)*
      | advertisement | advertising | ad | sponsored(?:\ content)?\b.* | promoted\b.*
      | (?:read|see)\ (?:more|also|next)\b.* | explore\ more\ (?:on|about|from|in)\b.{0,200}
      | related\b.* | more\ from\b.* | recommended\b.*
      | you\ (?:may|might)\ also\ like\b.* | most\ (?:read|popular)\b.* | trending\b.*
      | subscribe\b.* | sign\ up\b.* | newsletter\b.* | join\ (?:our|the)\ (?:newsletter|mailing).*
      | get\ (?:the|our)\ .{0,40}\ (?:newsletter|briefing)\b.* | follow\ (?:us\b|@\w).*
      | get\ .{0,40}\ in\ your\ inbox\b.* | want\ more\ .{0,40}\?
      | (?:posted|filed)\ (?:in|under)\b.* | tags?\s*:.* | categor(?:y|ies)\s*:.*
      | topics?\s*:.*
      | ←.* | view\ all\ posts.* | back\ to\ .{0,30}
      | return\ to\ (?:the\ )?(?:[\w-]+\ ){0,3}(?:page|home|homepage|top|index|list|archive
        |transcripts|results|contents|stories|articles|posts)\b.{0,20}
      | previous\ (?:post|article).*
      # a quote strip: "TLHF  38.12  -4.71 (-11.0%)  After hours"
      | [A-Z][A-Z.]{0,5}\s+\d[\d,]*(?:\.\d+)?\s+[-+−]\d[\d,]*(?:\.\d+)?\s*
        \([-+−]?\d+(?:\.\d+)?\s?%\)(?:\s+[\w\ ]{0,30})?
      # a ticker: "MDLB 412.60p ▲ 1.8%   CSTR 288.10p ▼ 0.4%", one quote after another
      | (?:(?-i:[A-Z][A-Z.]{1,5})\s+[£$€]?\d[\d,]*(?:\.\d+)?p?\s*[▲▼△▽↑↓+\-−]\s*
        \d+(?:\.\d+)?\s?%\s*){1,12}
      # an embedded post's header: "Dana Pruitt @dpruitt · 11:16"
      | (?-i:[A-Z])[^"“”@—–-]{0,59}\ @[\w.]{1,30}(?:\s*[·•]\s*[\w\ :,.]{1,30})?
      # a box's or notice's contact line: "Call 01632 960 418 or email lab@… to request one."
      # after a question to the reader: "Do you run a business we should feature? Email …"
      | (?:(?:do|does|have|has|are|is|know|got|would|want)\b[^"“”?]{3,140}\?\s+)?
        (?:call|phone|ring|text|email|e-mail|contact|visit|write\ to|go\ to|send)\b[^"“”]{0,80}"""
    + _CONTACT
    + r"""[^"“”]{0,120}
      | next\ (?:post|article).* | leave\ a\ (?:comment|reply).* | \d+\ comments?
      # a newsletter's sign-off: "That's this week's Isobar.", "Hit reply to tell me what I
      # got wrong; I read every email.", "See you next Wednesday."
      | that['’]s\ (?:it\ |all\ )?(?:for\ )?this\ (?:week|issue|edition|month)
        (?:['’]s\ [^.!?]{1,40})?[.!]?
      | (?:just\ )?hit\ reply\b[^"“”]{0,120}
      | see\ you\ (?:next\ (?:week|time|month|issue|(?:mon|tues|wednes|thurs|fri|satur|sun)day)
        |on\ (?:mon|tues|wednes|thurs|fri|satur|sun)day|soon)[.!]?
      # where to book: "Bookings at tallowmcr.example"
      | (?:bookings?|reservations?|tickets?|book)\ (?:at|via|on|through)\ [\w.-]+\.[a-z]{2,}\S*
      | comments?\s*(?:\(\d[\d,]*\)|:\s*\d[\d,]*)
      # "Opinions expressed in Analysis pieces are the author's own."
      | (?:the\ )?(?:opinions|views)\ expressed(?:\ (?:in|on)\ [^.]{1,60}|\ here(?:in)?)?
        \ (?:are|is)\ (?:those\ of\ )?(?:the
        \ (?:author|writer|contributor)s?|his|her|their)(?:['’]s?)?(?:\ own)?\b.{0,80}
      | comments? | reply | load\ more.*
      | (?:we\ use\ )?cookies?\b.* | accept(?:\ all)?\ cookies.*
      # "This site uses cookies to improve your experience. … Accept   Read more"
      | (?:this|our)\ (?:site|website|page)\ uses\ cookies\b.{0,300}
      | skip\ (?:to\ )?(?:main\ )?(?:content|navigation)
      | copyright\b.* | \(c\)\ \d{4}\b.*
      | (?:transcript|editor['’]s\ note|note)\s*:\s*this\ transcript\b.*
      | this\ transcript\ (?:was|has\ been|is|may)\b.{0,200}
      | this\ (?:article|page|post|text|document)\ is\ a\ (?:[\w-]+\ ){0,3}transcript\b.{0,500}
      | (?:(?:important\ )?disclaimer\s*:\s*)?this\ (?:article|page|post|newsletter|content)
        \ is\ for\ (?:general\ )?information(?:al)?\ purposes\ only\b.{0,500}
      | this\ is\ a\ rush\ transcript\b.{0,200}
      | (?:the\ )?full\ transcript\ (?:is\ )?available\b.{0,80}
      | (?:an?\ (?:[\w-]+\ )?version\ of\ )?this\ (?:article|story|interview|piece)
        \ (?:appears|appeared|was\ published|first\ appeared)
        \ in\b.{0,160}
      # "A version of this interview appears in the Spring print issue …"
      | an?\ (?:(?:earlier|shorter|longer|edited|abridged|different)\ )?version\ of\ this
        \ (?:interview|article|story|piece|essay|conversation|column|profile|review|q\s?&\s?a)
        \ (?:appears|appeared|was\ published|ran|will\ appear|first\ appeared)\ (?:in|on)\b.{0,200}
      # a disclaimer or disclosure: "Disclaimer: This article is for information purposes only …"
      | (?:disclaimer|disclosure|important\ information|funding|competing\ interests)
        \s*:\s*\S.{0,600}
      | this\ (?:article|content|page|material|newsletter|post|information|piece|commentary)
        \ is\ (?:provided\ )?(?:for\ )?(?:general\ )?(?:information(?:al)?|educational)
        \ purposes\ only\b.{0,400}
      # a series note: "This interview is part of our Operators series. Read the previous …"
      | this\ (?:interview|article|story|piece|conversation|q\s?&\s?a|profile|column|episode|post
        |essay)\ is\ (?:the\ [\w-]+\ )?(?:part|instal?lment|episode|entry|chapter)\ (?:\w+\ )?of
        \b[^.!?]{0,80}\b(?:series|collection|project|season)\b[^.!?]{0,60}[.!]?
      | (?:read|see|watch|listen\ to|catch\ up\ on)\ (?:the\ )?(?:previous|last|next|first|earlier
        |other)\ (?:instal?lments?|parts?|episodes?|interviews?|entr(?:y|ies)|chapters?|editions?
        |issues?|columns?)\b[^"“”]{0,200}
      | forwarded\ this\ (?:email|newsletter|message)\b.{0,120}
      | this\ (?:interview|article|story|piece|conversation|profile|q\s?&\s?a)\ is
        \ (?:the\ [\w-]+\ )?(?:part|instal?lment|entry|episode)\ (?:\d+\ )?of\b[^.!?]{1,100}
        \bseries\b.{0,240}
      | our\ (?:standards|editorial\ standards|ethics\ policy)\s*:.{0,120}
      | about\ the\ author\s*:.{0,300} | register\ (?:now|today|here|at|online)\b.{0,120}
      | support\ (?:[\w-]+\ ){0,3}journalism\b.{0,120}
      | we\ use\ your\ (?:sign-up|email|e-mail|data|details)\b.{0,300}
      | become\ a\ (?:member|subscriber|supporter|patron)\b.{0,80}
      | have\ a\ view\ on\ this\b.{0,200}
      | more\ (?:[\w-]+\ )?(?:interviews|stories|episodes|reviews|features|articles|podcasts)
        (?:\ from\ [^.!?]{1,40})?\s*[→»>]?  # "More film reviews": a link to the section
      # a magazine's issue line: "Issue 58 · Summer 2025", "Vol. 3, Issue 12"
      | (?:vol(?:ume)?\.?\ \d{1,4},?\ )?issue\ (?:no\.?\ )?\d{1,4}
        (?:\s*[·|,•–—-]\s*(?:spring|summer|autumn|fall|winter|\w+\ \d{4}|\d{4})(?:\ \d{4})?)?
      | transcribed\ (?:live\ )?by\b.{0,80}
      # "Transcript provided by Harbourline Transcription."
      | transcript(?:ion)?s?\ (?:provided|supplied|produced|prepared)\ by\b[^.!?]{1,80}[.!]?
      # a time with words after it ("11:52 BST Okafor's last question"); a live blog's bare
      # time ("11:38 AM") heads its entry
      | \d{1,2}:\d{2}(?::\d{2})?\s+(?![AaPp]\.?[Mm]\.?\s*$)[A-Z][^.!?:]{0,70}
      | edit(?:\ \d)?\s*:.{0,200} | (?:\#[\w-]+\s*){2,}
      | [^\w\s"“‘'(]{1,6}\s*[\d,.]+\s*(?:reactions?|likes?|comments?|reposts?|shares?)?
      # an embedded post's counts and its handle: "1.1K Replies   4.8K Reposts   19K Likes",
      # "@dashokoro"
      | (?:[\d.,]+[KkMm]?\s+(?:replies|reposts|retweets|likes|comments|shares|views|quotes
        |bookmarks|reactions)\s*[·|•]?\s*){2,}
      | @[A-Za-z0-9_]{2,30}
      | [^\w\s"“‘'(]{1,4}\s*(?:repost|follow\ me|link\ to|like\ and|share\ (?:this|if)|comment
        |save\ this)\b.{0,160}
      | (?:repost|reshare)\ (?:this\ )?if\b.{0,160} | follow\ me\ for\b.{0,160}
      | (?:the\ )?link\ (?:to\ .{1,40}\ )?(?:is\ )?in\ the\ (?:comments|first\ comment|bio)\b.{0,60}
      | download\ (?:the|our)\ .{1,40}\ app\b.{0,80}
      | \((?:additional\ )?(?:reporting|writing|editing|research)\ by\ [^)]{1,160}\)
      | we['’]re\ hiring\b.{0,120} | (?:see|spot|spotted|found)\ (?:a|an)\ (?:spelling|typo|error
        |mistake|grammar)\b.{0,120}
      | enjoyed\ this\ (?:issue|newsletter|email|edition|article|story|episode|post|interview
        |conversation|piece|podcast)\?.{0,120}
      | forward\ (?:it|this)\ to\ a\ (?:friend|colleague).{0,60}
      # a newsletter prompt: "Enjoying this story? Get our Sunday letter … Sign up"
      | (?:enjoy(?:ing|ed)?|lik(?:e|ed|ing)|lov(?:e|ed|ing)|want\ more\ of)
        \ (?:this|these|our|reading)\b[^.!?"“”]{0,40}\?\s*[^"“”]{0,200}
        \b(?:sign\ up|subscribe|newsletter|inbox|letter|email|bulletin|briefing|digest)\b
        [^"“”]{0,80}
      | you(?:['’]re|\ are)\ receiving\ this\b.{0,160} | unsubscribe\b.{0,80}
      | thanks\ for\ reading\b.{0,200} | ready\ for\ more\?
      | that['’]s\ (?:it|all)\ (?:for|from\ (?:me|us))\ (?:this\ week|today|now|this\ issue)?
        \b.{0,300}
      | (?:[^\w\s]{1,3}\s*)?(?:listen|watch)\s*:.{0,160}
      | view\ (?:this\ )?(?:email|e-mail|newsletter|it)\ in\ (?:your|a|the)\ browser\b.{0,40}
      | member-only\ story | members-only\ (?:story|post|article)
      | about\ (?-i:[A-Z])[^:.!?]{1,60}:\ .{0,500}
      | (?:media|press)\ (?:enquiries|inquiries|contact|contacts)\s*:.{0,200}
      | it['’]s\ \d{1,2}[:.]\d{2}\b.{0,200}
      | \[\s*(?:ad|advert|advertisement|ad\ break|break|sponsor\ message|music|jingle|laughter
        |applause|crosstalk|inaudible|theme\ music)\b[^\]]{0,60}\]?
      # a broadcast cue standing alone: "(BEGIN VIDEO CLIP)", "[END OF SEGMENT]", "(Applause)"
      | [\[(]?\s*(?:(?:begin|start|end)\ (?:of\ )?(?:(?:video|audio|sound|film)\ )?(?:clip|tape
        |soundbite|excerpt)|(?:commercial|station|ad|advert|advertising)\ break
        |(?:end|start)\ of\ (?:the\ )?(?:segment|transcript|programme|program|broadcast|show
        |interview|recording|part\ \w+)|(?:news|travel|sport|weather)\ and\ (?:news|travel|sport
        |weather)|soundbite\ of\ [^\])]{1,40})\s*\.?\s*[\])]?
      | [\[(]\s*(?:applause|laughter|music|cheers|cheering|crosstalk|inaudible|silence|pause|break)
        \s*\.?\s*[\])]
      # a press conference's stage note: "(Tamsin Okafor joins the podium.)"
      | [\[(][^()\[\]]{1,60}\ (?:joins|join|leaves|leave|exits|exit|enters|enter|takes|take
        |returns\ to|return\ to|steps\ up\ to|step\ up\ to)\ (?:the\ )?(?:podium|stage|dais|lectern
        |table|panel|room|studio|call|line|conversation|stand)\s*\.?\s*[\])]
      | (?:travel|news|sport|weather)(?:\ and\ (?:travel|news|sport|weather))?\ (?:with|from)
        \ [^.!?]{1,40}\ next\b.{0,200}
      | \d+\s*(?:min(?:ute)?s?)\ read | \d+\ views?
      # a page's audio player: "Listen to this article", "4 min", "Listen (4 min)"
      | \d{1,2}\s*min(?:ute)?s? | listen\s*\(\d{1,2}\s*min(?:ute)?s?\)
      | listen\ to\ this\ (?:article|story|piece)
        (?:\s*[·•|]?\s*\d{1,2}[:\ ]?\d{0,2}\s*(?:min(?:ute)?s?)?)?
      | gift\ this\ article | save\ (?:this\ )?(?:article|story)
      | listen\ (?:again|now|on|to\ (?:the|this)\ (?:episode|podcast)).* | download\ the\ app.*
      | (?:full\ )?episode\ (?:summary|notes|transcript) | full\ episode | full\ transcript
      | show\ notes | transcript | chapters | timestamps
      | (?:watch|listen|read)\ (?:the\ )?(?:full|whole|entire)\b.*
      | (?:you\ can\ )?(?:watch|listen\ to|see|view|read|catch)\ the\ (?:full|whole|entire|complete)
        \ (?:interview|episode|video|conversation|session|talk|discussion|briefing|podcast|panel
        |keynote|transcript|chat)\b.*
      | (?:the\ )?(?:full\ )?(?:video|interview|episode|podcast)\ (?:is\ )?(?:below|above|here)\b.*
      | this\ (?:episode|article|post|podcast|show|newsletter|interview|issue|edition|email)
        (?:\ of\ [^.!?]{1,40})?  # "This episode of Shelf Life is brought to you by …"
        \ (?:is|was)\ (?:sponsored|brought\ to\ you|supported|presented)\b.*
      | (?:brought\ to\ you|sponsored|presented|supported)\ by\b.*
      | about\ the\ author | written\ by | words\ by | author | by
      | picture\ of\ .{1,60} | photo\ of\ .{1,60} | (?:image|photo|picture)\ (?:credit|by)\b.*
      | (?:image|photo|photograph|caption|credit|illustration|pictured)\s*:.*
      | home | menu | search | log\ ?in | sign\ in | skip\ to\ content | top | about | contact
      | \[(?:video|audio|image|photo|embed|watch|listen|gallery)\s*:[^\]]{0,200}\]
      | what\ (?:did|do)\ you\ think\b.{0,80}\?\s*(?:let\ us\ know|tell\ us)\b.{0,80}
      | let\ us\ know\ (?:in\ the\ comments|what\ you\ think)\b.{0,80}
      | is\ this\ page\ (?:useful|helpful)\b.{0,120} | report\ a\ problem\b.{0,80}
      | transcripts?\ (?:are|is)\ (?:generated|produced|created)\ automatically\b.{0,200}
      | this\ (?:text|transcript|copy)\ may\ not\ be\ in\ its\ final\ form\b.{0,200}
      | the\ authoritative\ record\ of\b.{0,160}
      | from\ (?:the|our)\ (?:[\w-]+\ ){1,3}(?:issue|edition)
      | tickets?\s*(?:from|cost|costs|:)?\s*[£$€]\s?\d[^"“”]{0,80}
      | (?:match\ |official\ |headline\ |episode\ )?sponsors?\s*:.{0,120}
      # "A word from this week’s sponsor", "A message from our sponsors"
      | (?:an?\ )?(?:word|message|note)s?\ from\ (?:our|the|today['’]s|this\ (?:week|issue|month
        |episode)['’]s)\ sponsors?
      | enjoyed\ this\?.{0,160}
      | if\ (?:this\ was|you\ found\ this)\ (?:useful|helpful)\b.{0,200}
      | \d{1,2}:\d{2}\s*[ap]\.?m\.?\s*·.{0,80}
      | (?:sign|log)\ in\ (?:or|to)\b.{0,120}
      | (?:the\ )?full\ (?:recording|video|interview|episode|session)\b[^"“”]{0,160}
      | (?:…|\.\.\.)\s*see\ more
      | (?:like|comment|repost|send|share)(?:\s+(?:like|comment|repost|send|share)){2,}
      | [▶►]\s.{1,200}
      | (?:the\ )?(?:full\ )?(?:video|recording|audio|interview|episode|session|conversation)
        \b[^.!?"“”]{0,60}\bis\ available\b[^"“”]{0,120}
      | join\ (?:from|for|today|now|us)\b.{0,80} | have\ your\ say\b.{0,200}
      | (?:got|have)\ a\ (?:confidential\ )?(?:news\ )?tip\b.{0,120}
      | next\ (?:in\ (?:this|the)\ series|week|time|episode|up|issue|game|match|fixture|race)
        \s*:.{0,160}
      # a result strap: "FINAL: Gulls 74, Dunmere Otters 69", "Full-time: Rovers 2-1 Albion"
      | (?:final(?:\ score)?|result|ft|full[-\ ]time)\s*:\s*[^.!?:\d]{2,40}\d{1,3}\s*[,–—-]\s*
        [^.!?:]{0,40}\d{1,3}\b[^.!?]{0,60}
      # a broadcast transcript's last line
      | (?-i:END)
      # a site's alert banner: "WEATHER ALERT: Wind advisory in effect until 10 p.m. …"
      | (?:weather|traffic|travel|severe\ weather|school\ closings?|amber)\ alerts?\s*:.{0,200}
      # a comments box: "Join the conversation. Comments are moderated and must follow …"
      | (?:join\ the\ (?:conversation|discussion|debate)\.?\s*)?comments?\ (?:are|is)
        \ (?:moderated|closed|open|pre-moderated)\b.{0,160}
      | join\ the\ (?:conversation|discussion|debate)\b.{0,160}
      # a live blog's controls: "Last updated 11:29 a.m. Lisbon time", "Refresh for updates"
      | (?:last\ )?updated\ (?:at\ )?\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?:\ [^.!?]{0,30})?
      | (?:refresh|reload)\ (?:this\ page\ |the\ page\ )?for\ (?:the\ latest\ |more\ )?updates\.?
      # an episode's number and length: "Episode 214 · 57 min"
      | (?:episode|ep\.?)\ ?\#?\d+\s*[·|•]\s*(?:\d+\s*(?:h|hr|hrs|hours?)\s*)?\d+\s*
        (?:m|min|mins|minutes)\b.{0,60}
      # a stock-quote widget: "NDVN Nordvane Semiconductor $148.62 +4.17 (+2.89%)"
      | (?-i:[A-Z]{1,5})\ [^$€£]{1,60}\ [$€£]\s?[\d,.]+\ [+−–-][\d,.]+\ \([+−–-][\d,.]+\s?%\)
      # the writer's note: "Mireya Loreto reports on semiconductors for Clearmont Markets."
      | (?-i:[A-Z][\w'’-]+(?:\ [A-Z][\w'’-]+){1,3})\ (?:reports\ on|covers|writes\ about
        |writes\ on)\ [^.!?"“”]{1,100}\ (?:for|at)\ (?-i:[A-Z])[^.!?"“”]{1,60}\.?
      # a box score: "Okafor: 21 PTS, 8 REB | Varga-Lind: 12 PTS, 5 AST"
      | (?:[^:|]{1,40}:\s*\d{1,3}\s*(?-i:PTS|REB|AST|STL|BLK|G|A|SV|K|HR|RBI)
        (?:\s*,\s*\d{1,3}\s*(?-i:PTS|REB|AST|STL|BLK|G|A|SV|K|HR|RBI))*\s*(?:\||$)\s*){1,6}
      | more\ (?:q\s?&\s?as|interviews|stories|episodes|profiles|columns|recaps|reads
        |analysis|coverage|news|opinion|reviews|features|reporting|reading|from\ [^:]{1,40})
        \s*:.{0,300}
      | """
    + _NOTES
    + r"""
    )$""",
    re.I | re.X,
)

# Furniture that may start anywhere on its line ("… © 2025", "… is published by …
# (£18.99)"). Each pattern scans the line, so it runs only when its word is there.
_ANYWHERE = tuple(
    (hint, re.compile(rf"^(?:{pattern})$", re.I | re.X))
    for hint, pattern in (
        ("cookie", r".*\bcookie\ (?:policy|settings)\b.*"),
        ("©", r".*©.*"),
        ("rights reserved", r".*\ball\ rights\ reserved\b.*"),
        (
            "",
            r".{0,300}\b(?:photograph(?:er)?|photo|picture|image|illustration)\s*:\s*[^.!?]{1,80}",
        ),
        (
            " is a ",
            r"""[^.!?"“”]{1,80}\ is\ a\ (?:\w+\ )?(?:series|podcast|programme|program|newsletter
            |show)\ (?:of|from|by|about|for)\b[^.!?"“”]{0,160}[.!]?""",
        ),
        (
            "subscribe",
            r""".{0,120}\bsubscribe\ (?:to|for)\ (?:our|the)\b.{0,60}
            \b(?:newsletter|bulletin|briefing|emails?)\b.{0,40}""",
        ),
        (
            "sign up",
            r""".{0,120}\bsign\ up\ (?:to|for)\ (?:our|the)\b.{0,60}
            \b(?:newsletter|bulletin|briefing|emails?)\b.{0,40}""",
        ),
        # the page's own update note: "Updated March 12, 2025, 4:05 PM EDT: This story has
        # been updated with a statement from the Voice Performers Guild."
        (
            "updated",
            r"(?:(?:last\ )?updated\b.{0,60}?:\s+)?(?:this|the)"
            r"\ (?:story|article|post|piece|report)\ (?:has\ been|was)\ updated\b[^\"“”]{0,200}",
        ),
        # a venue's address: "Thimble & Fen, 3 Chandlers Row, Brannock"
        (
            ", ",
            r"""[^,.!?"“”]{2,60},\ \d{1,4}[a-z]?\ (?-i:[A-Z])[\w'’-]*(?:\ (?-i:[A-Z])[\w'’-]*){0,3}
            \ (?:Row|Street|St|Road|Rd|Lane|Avenue|Ave|Square|Place|Way|Hill|Quay|Terrace|Close
            |Drive|Court|Gardens|Parade|Walk|Yard|Market|Wharf|Mews)\b
            (?:,\ (?-i:[A-Z])[\w'’-]*(?:\ (?-i:[A-Z])[\w'’-]*){0,3}){0,2}
            (?:,?\ [A-Z0-9]{2,4}\ ?\d[A-Z]{2})?\.?""",
        ),
        # "Enjoyed the episode? Leave us a rating on Apple Podcasts. It genuinely helps."
        (
            "us a ",
            r".{0,60}\b(?:leave|give|drop)\ us\ a\ (?:rating|review|five-star\ review)\b.{0,120}",
        ),
        # "Hattie Brennan can be reached at hbrennan@… or 555-0143."
        (" reached at ", r"[^.!?\"“”]{2,80}\ can\ be\ reached\ at\ .{3,120}"),
        # "… delivered to your inbox", "The day's top stories, in your inbox every morning."
        ("inbox", r".{0,100}\b(?:to|in)\ your\ inbox\b.{0,100}"),
        ("privacy", r".{0,300}\bread\ our\ privacy\ (?:notice|policy)\b.{0,20}"),
        ("-supported", r".{0,60}\bis\ (?:a\ )?(?:reader|listener|member)-supported\b.{0,120}"),
        # a note that only points to the source: "[^1]: The Long Context, episode 112, “…”
        # Listen here."
        (" here", r".{0,200}[.!?”\"]\s+(?:listen|watch|read\ (?:it|more|the\ \w+))\ here\.?"),
        (" out ", r".{1,80}\bis\ out\ (?:now\ )?(?:on|via|from)\b[^.!?]{0,80}[.!]?"),
        ("out now on", r".{1,80}\bis\ out\ now\ on\b.{0,80}"),
        # "Saltings is streaming now on Harbourline.", "… is available to stream on …"
        (
            " stream",
            r"""[^.!?"“”]{1,80}\ (?:is|are)\ (?:streaming|available\ to\ stream)(?:\ now)?
            \ (?:on|via)\ [^.!?"“”]{1,60}[.!]?""",
        ),
        # an embedded post's signature: "— Dana Pruitt (@dpruitt) March 5, 2031"
        ("(@", r"[-–—]{1,2}\s*[^()\n]{1,60}\(@[\w.]{1,30}\)\s*[^()\n]{0,40}"),
        # a closing listing: "… (Hollin Press) is published in April.", "The band play
        # the Corn Exchange, Carnmoor, on 14 May."
        (
            "is published ",
            r"[^.!?]{1,120}\ is\ published\ (?:in|on|by)\ (?:[^.!?]|\.(?=\d)){1,60}[.!]?",
        ),
        (
            " on ",
            r"""[^.!?"“”]{1,60}\ (?:play|plays|perform|performs)\ (?:at\ )?(?:the\ )?[A-Z]
            [^.!?]{1,60}\ on\ (?:\d{1,2}\ [A-Z][a-z]+|[A-Z][a-z]+\ \d{1,2})\.?""",
        ),
        ("box", r".{0,80}\bP\.?\ ?O\.?\ Box\ \d+.{0,80}"),
        (
            " of ",
            r"""[^.!?]{1,60}\ is\ (?:part|a\ member|a\ division|a\ subsidiary)\ of\ (?:the\ )?
            [^.!?]{1,60}\b(?:Group|Network|Media|Ltd|Limited|plc|Inc|Corporation|Trust)\.?""",
        ),
        (
            " on ",
            r"""[^.!?]{1,60}\ (?:is|airs|is\ broadcast)\ on\ [^.!?]{1,60}
            \ (?:every|each|weekdays|weeknights|daily|nightly)\b[^.!?]{0,40}[.!]?""",
        ),
        ("ffiliated", r"""[^.!?"“”]{1,60}\ is\ not\ affiliated\b[^"“”]{0,160}"""),
        # an investment site's disclosure: "The Ledger has no position in any of the stocks …"
        ("no position", r"""[^.!?"“”]{1,60}\ ha(?:s|ve)\ no\ position\ in\b[^"“”]{0,200}"""),
        # the writer's holdings: "The author holds no shares in Corvane, Fennick or …"
        (
            "the ",
            r"""(?:the\ )?(?:author|writer|reporter|columnist)s?\ (?:holds?|owns?|has|have
            |does\ not\ (?:hold|own|have)|do\ not\ (?:hold|own|have))\ (?:no\ )?
            (?:shares?|stock|a\ position|positions|investments?|(?:a\ )?financial\ interests?)
            \b[^"“”]{0,200}""",
        ),
        # a promotion ending in a link: "Should you buy …? Our analysts … See the list »"
        (
            "»",
            r"""[^"“”]{0,300}[.!?]\s+(?:see|read|get|view|find|click|learn|discover|start|try
            |join)\b[^.!?"“”]{0,40}\s[»→]""",
        ),
        ("independent", r"""[^.!?"“”]{1,60}\ is\ independent\b[^"“”]{0,160}"""),
        ("·", r".{0,80}·\s*[\d.,]+[km]?\s+(?:views?|likes?|reposts?)"),
        ("drop the link", r".{0,160}\bdrop\ the\ link\b.{0,80}"),
        # what the outlet or the event does next: "X will speak at …", "… continues tomorrow"
        (
            "will ",
            r"[^\"“”]{0,120}\bwill\ (?:speak|appear|be\ speaking|headline)\ at\b[^\"“”]{0,160}",
        ),
        ("continues ", r"[^\"“”]{0,80}\bcontinues\ (?:tomorrow|today|on\ \w+)\b[^\"“”]{0,160}"),
        ("tickets", r"tickets\ (?:are\ )?(?:on\ sale|available)\b[^\"“”]{0,120}"),
        ("tickets", r"[^\"“”]{1,120}\btickets\ (?:at|from|via)\ [\w-]+\.[\w.]{2,}[^\"“”]{0,40}"),
        (
            # the next fixture: "Rovers host Brackley Vale on Tuesday (7.45pm KO)."
            " on ",
            r"""[^.!?"“”]{1,60}\ (?:host|play|face|visit|travel\ to)\ [A-Z][^.!?"“”]{1,40}
            \ on\ (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^!?"“”]{0,40}""",
        ),
        # a rush transcript's notice: "Radio X transcripts are created on a rush deadline …"
        (
            "transcript",
            r"""[^.!?"“”]{0,60}\btranscripts?\ (?:are|is)\ (?:generated|produced|created|made)
            \ (?:on|by|under|in)\b[^"“”]{0,200}""",
        ),
        # a listings box: "The Tempest is at the Old Vic from 3 May to 1 June.", "The café's
        # last service is on Sunday from 6 a.m. until the food runs out."
        (
            " at ",
            r"""[^.!?"“”]{1,80}\ (?:is|are|runs|plays|opens|continues)\ (?:on\ )?at\ [^.!?"“”]{1,60}
            \ (?:from|until|till)\ \d{1,2}(?:st|nd|rd|th)?\ (?:jan|feb|mar|apr|may|jun|jul|aug|sep
            |oct|nov|dec)[a-z]*\b[^!?"“”]{0,60}""",
        ),
        (
            " from ",
            r"""[^.!?"“”]{1,80}\ (?:is|are|runs|opens)\ on
            \ (?:mon|tues|wednes|thurs|fri|satur|sun)day\ from\ \d{1,2}(?:[.:]\d\d)?
            \s?(?:a\.m\.|p\.m\.|am\b|pm\b)[^!?"“”]{0,60}""",
        ),
        # "Hartwell Tool Library is open Saturdays 9am–1pm.", "Membership details at the desk."
        (
            " open ",
            r"""[^.!?"“”]{1,80}\ (?:is|are)\ open\ (?:daily|every\ day|weekdays|weekends|from|on
            |(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b[^.!?"“”]{0,40}\d{1,2}(?:[.:]\d\d)?
            \s?(?:am|pm|a\.m\.|p\.m\.)\b[^!?"“”]{0,80}""",
        ),
        (
            " details ",
            r"""(?:membership|booking|ticket|visitor|opening|contact)\ (?:details|information)
            \ (?:are\ )?(?:at|from|on|via)\b[^"“”]{1,80}""",
        ),
        # a tour after a release note: "Kestrel tours the UK from 3 May."
        (
            "tour",
            r"""[^.!?"“”]{1,60}\ (?:tours?|(?:is|are)\ touring)\ (?:the\ (?-i:[A-Z])[\w.]*
            |nationally|internationally|(?-i:[A-Z])[\w.]*)?\s*(?:from|in|until|through|this|next)
            \ [^.!?"“”]{1,30}[.!]?""",
        ),
        # a restaurant's listing: "Brinewell, 4 North Quay, Skelmouth." "Dinner Wednesday to
        # Sunday; set menu £68."
        (
            ", ",
            r"""(?-i:[A-Z])[^,.!?"“”]{1,40},\ \d{1,4}[a-z]?\ (?-i:[A-Z])[\w’'\ -]{2,40},
            \ (?-i:[A-Z])[\w’'\ -]{2,30}\.""",
        ),
        (
            "day",
            r"""(?:breakfast|brunch|lunch|dinner|open)\ (?:mon|tues|wednes|thurs|fri|satur|sun)day
            (?:\ (?:to|-|–)\ (?:mon|tues|wednes|thurs|fri|satur|sun)day)?\b[^"“”]{0,80}""",
        ),
        ("et al", r"[^\n]{1,80}\bet\ al\.?\s*\(\d{4}\)[^\n]{0,200}"),
        (
            "available to",
            r"(?:the\ )?(?:full\ )?(?:programme|program|schedule|session\ recordings)"
            r"\b[^\"“”]{0,60}\bavailable\ to\b[^\"“”]{0,80}",
        ),
        # "Sun 9 Mar 2025 12.41 GMT · Last modified on Sun 9 Mar 2025 15.02 GMT"; not a
        # sentence that checks a page ("the page was last updated on 14 July and …")
        ("last ", r"[^:]{0,80}\blast\ (?:modified|updated)\ on\b[^,;]{0,40}"),
        (
            # a purchase note, the book's title set in quotation marks or not
            "published by",
            r"""(?:[“"‘][^"“”]{1,100}[”"’])?[^"“”]{1,160}\bis\ published\ by\b[^"“”]{0,80}
            \([£$€][\d.,]+\)\.?""",
        ),
        (
            # a note on a book to come: "Judge Achterberg-Nnamdi's memoir, Robes and
            # Weather, will be published by Harrowline Press in March 2026."
            "published by",
            r"""[^.!?"“”]{1,160}\b(?:will\ be|is\ to\ be)\ published\ by\b[^.!?"“”]{1,80}
            \b(?:in|on)\ [^.!?"“”]{3,30}\.?""",
        ),
        # "Journal reference: Mendonça-Hartley, A. et al. Coastal Systems Letters (2025)."
        ("reference", r"(?:journal\ |study\ |paper\ )?reference\s*:\s*[^\"“”]{5,300}"),
        (
            "copy",
            r"""(?:to\ support\ [^,.!?"“”]{1,60},\ )?(?:order|buy|get)\ (?:your|a)\ copy
            \ (?:from|at|via)\b[^"“”]{1,80}""",
        ),
        (
            " apply",
            r"(?:delivery|postage|p&p|shipping|booking)\ (?:charges|costs|fees)"
            r"\ (?:may\ )?apply\.?",
        ),
        (
            # a caption that credits its photographer: "(Dee Santangelo for The Review)"
            "(",
            r"""[^"“”]{10,300}\((?:photo(?:graph)?:?\s*)?(?-i:[A-Z][\w'’.-]+(?:\ [A-Z][\w'’.-]+)
            {1,3})\s+(?:for|/)\s+[^)]{2,60}\)\.?""",
        ),
        (
            # a caption that ends on its credit, photographer and outlet joined by a slash:
            # "Mayor Ana Ruiz answers questions at Tuesday's meeting. Dan Oke/Wrenfield Sentinel"
            "/",
            r"""[^"“”]{10,300}[.!?]\s+(?-i:[A-Z][\w'’.-]+(?:\ [A-Z][\w'’.-]+){1,3})\s?/\s?
            (?-i:[A-Z])[\w'’.&-]*(?:\ (?-i:[A-Z])[\w'’.&-]*){0,4}""",
        ),
        (
            # a caption closed by its credit: "… on the Skarvik Glacier in July. (Photo
            # courtesy of the Wexmoor Cryosphere Group)", "(Courtesy of the family)"
            "(",
            r"""[^"“”]{10,300}\((?:(?:photo(?:graph)?|image|picture|video)\s+(?:courtesy\ of
            |(?:taken\ |supplied\ |provided\ )?by)|(?-i:Courtesy)\ of)\s+[^()]{2,80}\)\.?""",
        ),
        (
            # a membership or subscription appeal with its price
            "a ",
            r"""[^"“”]{0,300}\b(?:members?|membership|subscribe|subscription|supporters?|donate)
            \b[^"“”]{0,80}[£$€]\s?\d+(?:\.\d\d)?\ (?:a|per)\ (?:month|year|week)\b[^"“”]{0,20}""",
        ),
    )
)
_PICTURE_WORDS = ("photo", "picture", "image", "illustration")


def furniture_line(text: str) -> bool:
    """Whether a whole line is page furniture by its wording."""
    if _FURNITURE_LINE.match(text):
        return True
    low = text.lower()
    for hint, rx in _ANYWHERE:
        if hint == "":
            if not any(w in low for w in _PICTURE_WORDS) or ":" not in low:
                continue
        elif hint not in low:
            continue
        if rx.match(text):
            return True
    return False


# A closing sentence that only points at a recording ("You can watch the full interview below:").
POINTER_SENTENCE = re.compile(
    r"""(?:the\ )?full\ (?:interview|episode|video|conversation|recording)\ (?:is\ )?available\b
        [^.!?]{0,80}[.!]?\s*$
      | (?:you\ can\ |be\ sure\ to\ |make\ sure\ to\ |don'?t\ forget\ to\ )?
        (?:watch|listen\ to|see|view|read|catch|check\ out|find)\ (?:the|our)
        \ (?:full|whole|entire|complete|original)?\s?
        (?:interview|episode|video|conversation|session|talk|discussion|briefing|podcast|panel
        |keynote|transcript|chat|recording|clip)\b[^.!?]{0,80}[.:!]?\s*$
      | (?:(?:my|our|the|full)\ )?(?:notes|timestamps|highlights|chapters|show\ notes)
        (?:\ and\ (?:notes|timestamps|highlights|links|chapters))?\ (?:are\ )?below[.:]?\s*$
      | (?:the\ )?(?:timestamps|chapters|time\ codes)\ (?:below|above|in\ brackets)
        \ (?:link|go|jump|lead|point)\ to\b[^.!?]{0,60}[.:!]?\s*$
      | if\ you\ (?:only\ )?have\ (?:only\ )?(?:\w+\ ){1,2}minutes?,?
        \ (?:skip|jump|go|head|fast-forward)\ (?:straight\ )?to\b[^.!?]{0,40}[.!]?\s*$
      | (?:below|above|here)\ (?:are|is)\ (?:the|some|a\ few|our)\ (?:\w+\ )?(?:highlights
        |key\ moments|best\ bits|main\ points|chapters|timestamps)\b[^.!?]{0,120}[.:!]?\s*$
      | (?:i['’]ve|i\ have|we['’]ve|we\ have)\ (?:pulled\ together|rounded\ up|collected|gathered
        |compiled|put\ together)\ (?:the|some\ of\ the|a\ few\ of\ the)\ (?:\w+\ )?(?:threads
        |answers|questions|moments|points|highlights|exchanges)\ (?:below|here)\b[^.!?]{0,40}
        [.:!]?\s*$""",
    re.I | re.X,
)

# NAME relies on case, so only the label words are case-insensitive.
BYLINE = re.compile(
    rf"^(?i:(?:written|words|story|text|reporting|interview|interviewed|edited|compiled|posted)\s+)?"
    rf"(?i:by):?\s+(?P<name>{NAME}(?:\s+(?:and|&)\s+{NAME})?)"  # one writer, or two
    rf"\s*(?:[,|·•–—-].*|\s(?i:on|in)\s+.{{0,40}})?$"
)
POSTED_BY = re.compile(
    rf"^(?i:posted|published|written|filed)\s+(?i:on\s+)?(?P<when>[^|]{{6,40}}?)\s+(?i:by)\s+"
    rf"(?P<name>{NAME})$"
)
_AUTHOR_LABEL = re.compile(
    rf"^(?i:author|writer|byline|words|text|interview|interviewer|reporter|reporting"
    rf"|contributing|contributors?)\s*:\s*(?P<name>{NAME})$"
)
# a wire or broadcaster's byline: "From CNN’s Tessa Grint"
_FROM_OUTLETS = re.compile(
    rf"^(?i:from)\s+(?:the\s+)?(?:[A-Z][\w&.-]*\s+){{0,2}}[A-Z][\w&.-]*['’]s\s+(?P<name>{NAME})$"
)

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november "
        "december".split()
    )
}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_DATE_PATTERNS = [
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})", re.I),
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})", re.I),
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})"),
]
_DATE_LINE = re.compile(
    r"^(?:(?:published|posted|updated|last\ updated|date|first\ published|on|aired|broadcast"
    r"|recorded|first\ aired|first\ broadcast)\s*:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?P<date>[\w ,.\-]{6,40}?)"
    r"(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?)?"
    r"(?:\s*[|·•,]?\s*(?:updated|last\ updated)\b.{0,40})?$",
    re.I | re.X,
)


def find_date(text: str) -> dt.date | None:
    for pat in _DATE_PATTERNS:
        m = pat.search(text)
        if not m:
            continue
        try:
            if "mnum" in pat.groupindex:
                month = int(m.group("mnum"))
            else:
                month = _MONTHS[_month_key(m.group("mon"))]
            return dt.date(int(m.group("year")), month, int(m.group("day")))
        except (KeyError, ValueError):
            continue
    return None


def _month_key(mon: str) -> str:
    key = mon.lower().rstrip(".")
    return key if key in _MONTHS else key[:3]


def date_line(text: str) -> dt.date | None:
    """The date when the whole line is a dateline ("Published 12 June 2024")."""
    if len(text) > 60:
        return None
    m = _DATE_LINE.match(text.strip())
    if not m:
        return None
    part = m.group("date")
    for pat in _DATE_PATTERNS:
        dm = pat.search(part)
        # the date is the line, give or take a weekday: "The bank held rates on
        # 12 March 2025." is a sentence with a date in it, not a dateline
        if dm and len(part) - len(dm.group(0)) <= 12:
            return find_date(dm.group(0))
    return None


_ISSUE = re.compile(r",?\s*\b(?i:issue|vol\.?|volume|no\.)\s*\d+\b.*$")
_BARE_NAME = re.compile(rf"^{NAME}$")


def byline_name(text: str) -> str | None:
    parts = re.split(r"\s+[|·•]\s+", text.strip())
    for part in parts:
        m = (
            BYLINE.match(part.strip())
            or _AUTHOR_LABEL.match(part.strip())
            or _FROM_OUTLETS.match(part.strip())
        )
        if m and len(part.split()) <= 10:
            return _cased_byline(m.group("name"))
    # "Desmond Ruark, Senior Editor": the author and their job at the publication
    titled = _NAME_AND_DESK.match(text.strip())
    if titled:
        return titled.group("name")
    # "Posted on March 3, 2025 by Gareth Pinnock": a blog's date, then its author
    posted = POSTED_BY.match(text.strip())
    if posted and date_line(posted.group("when")):
        return posted.group("name")
    # "By Amira Solvang May 21, 2025 10:05 AM ET": a page's author and time run together
    words = text.split()
    if len(words) > 3 and words[0].lower() == "by":
        for k in (2, 3, 4, 1):
            name = " ".join(words[1 : 1 + k])
            if re.fullmatch(NAME, name) and date_line(" ".join(words[1 + k :])):
                return name
    # "Name | Outlet, Issue 14": a credit line naming the writer and the publication
    if len(parts) == 2 and _ISSUE.search(parts[1]) and len(parts[1].split()) <= 8:
        name = parts[0].strip().strip("*_ ")
        if _BARE_NAME.match(name) and 2 <= len(name.split()) <= 4:
            return name
    return None


_CAPS_THEN_OUTLET = re.compile(r"^((?:[A-Z][A-Z'’.-]+\s+)*[A-Z][A-Z'’.-]+)(?:\s+[A-Z][a-z].*)?$")


def _cased_byline(name: str) -> str:
    """A wire byline in capitals, with its agency after it ("TESSA GRINT Associated
    Press"): the writer's name, as a sentence would give it ("Tessa Grint")."""
    m = _CAPS_THEN_OUTLET.match(name)
    if m and len(m.group(1).split()) >= 2:
        return title_case_name(m.group(1))
    return name


def _short_meta_part(part: str) -> bool:
    """A piece of a "By X · Outlet · 5 min read" line."""
    p = part.strip()
    return bool(
        byline_name(p)
        or date_line(p)
        or furniture_line(p)
        or (
            len(p.split()) <= 4
            and not re.search(r"[.!?]$", p)
            and (p[:1].isupper() or p[:1].isdigit())
        )
    )


# a credited name, with where they reported from: "additional reporting by Ana Ruiz in Lisbon"
_CREDITED = rf"{NAME}(?:\s+in\s+{NAME})?"
_CREDIT = re.compile(
    rf"""^(?:
        (?i:(?:additional\ )?(?:reporting|editing|produced|production|edited|mixed|sound\ design
          |fact[-\ ]checking|illustrations?|photography|photo(?:graph)?s?|research
          |(?:theme\ )?music)\ by)
          \s+{_CREDITED}(?:\s*(?:[;,]|and)\s*(?i:[a-z -]{{0,30}}\ by\s+)?{_CREDITED})*
          (?:\s+(?:for|/)\s+{NAME})?
      | (?:The\s+)?[^\W\d_a-z][\w’'&-]*(?:\s+[^\W\d_a-z][\w’'&-]*){{0,4}}
        \s+is\s+(?:produced|edited|mixed|made|presented)\s+by\b.{{0,80}}
      # "Executive producer: Marguerite Osei-Fontaine."
      | (?i:(?:executive\ |senior\ |associate\ )?(?:producers?|editors?|engineers?)\s*:)
        \s+{_CREDITED}
        (?:\s*(?:,|and)\s*{_CREDITED})*
    )[.]?$""",
    re.X,
)
_JOURNALIST = (
    r"(?i:correspondent|reporter|editor|writer|journalist|columnist|contributor|producer|critic|"
    r"presenter|host|broadcaster|freelancer|author|staff\ writer|intern|fellow)s?"
)
_NAME_AND_DESK = re.compile(
    rf"^(?P<name>{NAME}),\s+(?:(?-i:[A-Z])[\w-]*\s+){{0,3}}(?i:editor|correspondent|reporter|"
    rf"writer|journalist|columnist|contributor|critic)(?:,\s*[^,.!?]{{1,40}})?$"
)
_AUTHOR_BIO = re.compile(
    rf"""^{NAME}\s+(?:
        (?:is|was)\s+(?:(?:a|an|the|our)\s+|[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){{0,3}}[’']s\s+)?
          [^.!?]{{0,80}}\b{_JOURNALIST}\b[^.!?]{{0,80}}
      | (?:covers|writes\ about|reports\ on|writes\ on)\s+[^.!?]{{1,80}}
          \b(?:for|at|from)\s+[^.!?]{{1,60}}
      | writes\ about\s+[^.!?]{{1,80}}
      | writes\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){{0,3}}  # "X writes Patch Notes."
    )[.!]?$""",
    re.X,
)


def is_author_bio(text: str) -> bool:
    """A closing note about the article's author: "X is the outlet's … correspondent.",
    "X covers transport for the Ledger.", and the sentence or two after it."""
    t = text.strip().strip("*_ ").strip()
    if len(t) > 320:
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z(“\"‘])", t) if s.strip()]
    if not sentences or len(sentences) > 3:
        return False  # (a rule of underscores, "___", holds no sentence at all)
    # or the writer's own card: "Product designer turned writer. I write about software."
    return bool(_AUTHOR_BIO.match(sentences[0].strip())) or any(
        re.match(r"I (?:write|cover|report|blog) (?:about|on)\b", s) for s in sentences
    )


# A closing note on when and where the work comes out: "Embervault II is coming to PC in
# early access in spring 2026.", "The Quiet Meridian opens in theaters nationwide on March 6."
_RELEASE_SENTENCE = re.compile(
    r"""^(?:[“"‘][^”"’]{1,60}[”"’]|(?-i:[A-Z])[^.!?"“”]{1,80}?)
    \ (?:(?:is|are)\ (?:coming|out|available|released|due|arriving|launching|streaming
    |in\ (?:theaters|theatres|cinemas|bookshops|bookstores|stores))
    |opens|comes|arrives|launches|premieres|hits|lands|releases|streams)\b
    [^.!?"“”]{0,120}\b(?:\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\ \d{1,2}
    |\d{1,2}\ (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|spring|summer|autumn|fall
    |winter|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.!?"“”]{0,60}[.!]$""",
    re.I | re.X,
)


_TITLE_FIRST = re.compile(r"^[“\"][^”\"]{1,60}[”\"]")


def is_release_note(text: str) -> bool:
    """A short closing note that the work comes out somewhere on a date, a sentence or two
    with no quotation in it: the listing a review or an interview ends on."""
    t = text.strip()
    # a quotation makes it prose; the work's title in marks may open it ("“The Linen Hours”
    # is released in UK cinemas on 28 November …")
    if len(t) > 300 or re.search(r"[\"“”]", _TITLE_FIRST.sub("", t, count=1)):
        return False
    sentences = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z])", t) if p.strip()]
    return 0 < len(sentences) <= 3 and bool(_RELEASE_SENTENCE.match(sentences[0]))


def _every_sentence_furniture(t: str) -> bool:
    if len(t) > 300:
        return False
    parts = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"‘])", t) if p.strip()]
    return len(parts) > 1 and all(furniture_line(p) or _CREDIT.match(p.strip()) for p in parts)


# No furniture line is longer: the longest alternative of _FURNITURE_LINE allows about 600
# characters. Body paragraphs past it skip the pattern, which is costly on long text.
_LONGEST_LINE = 650


# A reference to a paper: "Prewitt A, Okonjo L, et al. Irregular sleep … J Occup
# Cardiol. 2025;14(3):211-24."
_CITATION = re.compile(
    r"^(?:[A-Z][\w'’-]+\s[A-Z]{1,3},\s){1,8}.{0,400}?\b(?:19|20)\d\d\s?;\s?\d+(?:\(\d+\))?\s?:"
)


# a footnote that only names a source: "[^1]: Statistics Bureau, Quarterly Earnings Survey,
# Q1 2025, table 4."
_SOURCE_NOTE = re.compile(
    r"^\[\^\w+\]:\s*(?=[^.!?]*,[^.!?]*,)(?![^.!?]*\b(?:is|was|are|were|has|have|had|said|says"
    r"|told|will|would)\b)[^!?]{3,160}?(?:\b(?:19|20)\d\d\b|\b(?:table|page|p\.|pp\.|fig\.|chart)"
    r"\s*[\w.-]+)[^!?]{0,40}$"
)


def _running_head(t: str) -> bool:
    """A print page's running head, copied with its text: the paper's name in capitals, the
    date, the section and the page number ("THE NORTHERN LEDGER  Saturday 8 March 2025
    SCIENCE  23")."""
    words = t.split()
    return (
        len(words) <= 16
        and bool(re.search(r"(?:^\d{1,3}\s|\s\d{1,3}$)", t))
        and sum(1 for w in words if len(w) >= 3 and w.isupper()) >= 2
        and find_date(t) is not None
    )


def is_furniture(text: str) -> bool:
    t = text.strip().strip("*_ ").strip()
    if not t:
        return True
    if _running_head(t):
        return True
    if _SOURCE_NOTE.match(t):
        return True
    if _CITATION.match(t):
        return True
    if len(t) <= _LONGEST_LINE and furniture_line(t):
        return True
    if date_line(t) or byline_name(t):
        return True
    if _CREDIT.match(t) or _every_sentence_furniture(t):
        return True
    parts = re.split(r"\s+[|·•]\s+", t)
    if len(parts) > 1 and all(_short_meta_part(p) for p in parts):
        # "Match stats | Live blog replay | League table": a row of links to other pages
        nav = len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts)
        # "Recall page: lumenfield.example/recall | Freephone 0800 000 0000": where to reach
        reach = any(CONTACT.search(p) for p in parts)
        return (
            nav or reach or any(byline_name(p) or date_line(p) or furniture_line(p) for p in parts)
        )
    return False


_MORE_FROM = re.compile(
    r"(?i:more\s+from|also\s+(?:from|on)|related|read\s+(?:more|next)|see\s+also"
    r"|most\s+(?:read|popular)|recommended|trending|latest)\b\s*(?:([A-Z][^:|·•]{1,40}?)\s*:)?"
)


def meta_parts(text: str) -> list[str]:
    """Parts of a metadata line that are neither byline, date nor furniture (an outlet name)."""
    out = []
    more_from = _MORE_FROM.match(text.strip().strip("*_ "))
    if more_from:
        # "More from The Touchline Post: table | Ferrall signs …": links to other pieces,
        # whose titles are no outlet; the outlet is the one they are more from.
        return [more_from.group(1).strip()] if more_from.group(1) else []
    parts = re.split(r"\s+[|·•]\s+", text.strip().strip("*_ "))
    if len(parts) < 2:
        return out
    if len(parts) >= 4 and all(len(p.split()) <= 3 for p in parts):
        return out  # "Home | Shows | Transcripts | Live TV | Log In": the site's menu
    for p in parts:
        p = p.strip().strip("*_ ")
        if p and not (byline_name(p) or date_line(p) or furniture_line(p)):
            p = _ISSUE.sub("", p).strip()
            if p and not (_BARE_NAME.match(p) and p == parts[0].strip().strip("*_ ")):
                out.append(p)
    return out


_TAIL = 800
_POINTER_VERBS = tuple(
    "watch listen see view read catch check find available below above here skip".split()
)


def strip_pointer_sentence(text: str) -> tuple[str, str | None]:
    """Remove a closing video/recording pointer or editorial note from the end of a paragraph,
    and a second one before it ("I've pulled together the threads below. Questions are
    lightly trimmed.")."""
    text, last = _strip_one_pointer(text)
    if last is None:
        return text, None
    text, before = _strip_one_pointer(text)
    return text, f"{before} {last}" if before else last


def _strip_one_pointer(text: str) -> tuple[str, str | None]:
    # both patterns end at the paragraph's end and match at most a few hundred characters
    tail = max(0, len(text) - _TAIL)
    m = _NOTE_SENTENCE.search(text, tail)
    if m and m.start() > 0:
        return text[: m.start()].rstrip(), text[m.start() :].strip()
    low = text[tail:].lower()
    if not any(v in low for v in _POINTER_VERBS):
        return text, None  # the pattern cannot match: skip its costly scan
    m = POINTER_SENTENCE.search(text, tail)
    if not m:
        return text, None
    start = m.start()
    before = text[:start].rstrip()
    if before and not before.endswith((".", "!", "?", "”", '"', ":")):
        return text, None
    return before, text[start:].strip()
