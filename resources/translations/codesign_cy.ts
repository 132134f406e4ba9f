<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AccessNeedsDialog</name>
    <message>
        <source>Access needs: {name}</source>
        <translation>Anghenion mynediad: {name}</translation>
    </message>
    <message>
        <source>Special-category information, for the organisers only: it never appears in a record, a board image or a shared file. Ask people; never assume.</source>
        <translation>Gwybodaeth categori arbennig, i&apos;r trefnwyr yn unig: nid yw byth yn ymddangos mewn cofnod, delwedd o&apos;r bwrdd na ffeil a rennir. Gofynnwch i bobl; peidiwch byth â thybio.</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Angen</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Gofynnwyd ar</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gofynnwyd gan</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Anghenion mynediad</translation>
    </message>
    <message>
        <source>Remove need</source>
        <translation>Tynnu angen</translation>
    </message>
    <message>
        <source>Who asked them, e.g. your name</source>
        <translation>Pwy ofynnodd iddynt, e.e. eich enw</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Ychwanegu angen</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>&amp;Angen</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <source>Asked &amp;on</source>
        <translation>Gofynnwyd a&amp;r</translation>
    </message>
    <message>
        <source>Asked &amp;by</source>
        <translation>Gofynnwyd &amp;gan</translation>
    </message>
    <message>
        <source>Anything else about their access needs</source>
        <translation>Unrhyw beth arall am eu hanghenion mynediad</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Nodiadau</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>AccessPlanDialog</name>
    <message>
        <source>Access plan</source>
        <translation>Cynllun mynediad</translation>
    </message>
    <message>
        <source>What to book and prepare</source>
        <translation>Beth i&apos;w drefnu a&apos;i baratoi</translation>
    </message>
    <message>
        <source>Save organisers&apos; copy…</source>
        <translation>Cadw copi&apos;r trefnwyr…</translation>
    </message>
    <message>
        <source>Save venue copy…</source>
        <translation>Cadw copi&apos;r lleoliad…</translation>
    </message>
    <message>
        <source>&amp;Tick each booking when it is made:</source>
        <translation>&amp;Ticiwch bob trefniad pan fydd wedi&apos;i wneud:</translation>
    </message>
    <message>
        <source>1 access booking not done, and the session is on {date}: {what}.</source>
        <translation>1 trefniad mynediad heb ei wneud, ac mae&apos;r sesiwn ar {date}: {what}.</translation>
    </message>
    <message>
        <source>{count} access bookings not done, and the session is on {date}: {what}.</source>
        <translation>{count} o drefniadau mynediad heb eu gwneud, ac mae&apos;r sesiwn ar {date}: {what}.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} o bobl</translation>
    </message>
    <message>
        <source>{need}: {people}{details}, by {due}</source>
        <translation>{need}: {people}{details}, erbyn {due}</translation>
    </message>
    <message>
        <source>Nobody coming has told us of an access need yet.</source>
        <translation>Nid oes neb sy&apos;n dod wedi dweud wrthym am angen mynediad eto.</translation>
    </message>
    <message>
        <source>Room set-up: {items}</source>
        <translation>Trefniant yr ystafell: {items}</translation>
    </message>
    <message>
        <source>Large-print copies: {count}</source>
        <translation>Copïau print bras: {count}</translation>
    </message>
    <message>
        <source>Easy Read copies: {count}</source>
        <translation>Copïau Hawdd eu Darllen: {count}</translation>
    </message>
    <message>
        <source>Save the access plan</source>
        <translation>Cadw&apos;r cynllun mynediad</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Tudalen we (*.html)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Methu ag ysgrifennu {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved the venue&apos;s copy (no names) to {path}.</source>
        <translation>Cadwyd copi&apos;r lleoliad (heb enwau) yn {path}.</translation>
    </message>
    <message>
        <source>Saved the organisers&apos; copy to {path}. It names people: keep it safe.</source>
        <translation>Cadwyd copi&apos;r trefnwyr yn {path}. Mae&apos;n enwi pobl: cadwch ef yn ddiogel.</translation>
    </message>
</context>
<context>
    <name>AccessWarningBanner</name>
    <message>
        <source>Access plan…</source>
        <translation>Cynllun mynediad…</translation>
    </message>
    <message>
        <source>1 access booking not done; the session is on {date}.</source>
        <translation>1 trefniad mynediad heb ei wneud; mae&apos;r sesiwn ar {date}.</translation>
    </message>
    <message>
        <source>{count} access bookings not done; the session is on {date}.</source>
        <translation>{count} o drefniadau mynediad heb eu gwneud; mae&apos;r sesiwn ar {date}.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>Edit action</source>
        <translation>Golygu cam gweithredu</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Cam gweithredu newydd</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Teitl y cam gweithredu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Co-lead</source>
        <translation>Cyd-arweinydd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Why it was dropped</source>
        <translation>Pam y cafodd ei ollwng</translation>
    </message>
    <message>
        <source>Needed when the action is dropped.</source>
        <translation>Mae angen hwn pan fydd y cam gweithredu&apos;n cael ei ollwng.</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Cytunwyd gan</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Disgrifiad</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Perchennog</translation>
    </message>
    <message>
        <source>&amp;Co-lead</source>
        <translation>&amp;Cyd-arweinydd</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Erbyn</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statws</translation>
    </message>
    <message>
        <source>&amp;Why dropped</source>
        <translation>Pa&amp;m y gollyngwyd</translation>
    </message>
    <message>
        <source>&amp;Agreed by</source>
        <translation>C&amp;ytunwyd gan</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Daeth o</translation>
    </message>
    <message>
        <source>The stored due date is not a real date ({stored}); choose one, or leave it empty to clear it.</source>
        <translation>Nid yw&apos;r dyddiad cau sydd wedi&apos;i gadw yn ddyddiad go iawn ({stored}); dewiswch un, neu gadewch ef yn wag i&apos;w glirio.</translation>
    </message>
    <message>
        <source>Why this was not saved</source>
        <translation>Pam na chafodd hyn ei gadw</translation>
    </message>
    <message>
        <source>No notes linked (typed directly).</source>
        <translation>Dim nodiadau wedi&apos;u cysylltu (wedi&apos;i deipio&apos;n uniongyrchol).</translation>
    </message>
    <message>
        <source>1 note from the board.</source>
        <translation>1 nodyn o&apos;r bwrdd.</translation>
    </message>
    <message>
        <source>{count} notes from the board.</source>
        <translation>Nodiadau o&apos;r bwrdd: {count}.</translation>
    </message>
</context>
<context>
    <name>ActionFields</name>
    <message>
        <source>No due date</source>
        <translation>Dim dyddiad erbyn</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Neb eto</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad erbyn</translation>
    </message>
    <message>
        <source>citizen voice</source>
        <translation>llais dinasyddion</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>gweithiwr proffesiynol</translation>
    </message>
    <message>
        <source>Jointly agreed</source>
        <translation>Wedi&apos;i gytuno ar y cyd</translation>
    </message>
    <message>
        <source>Not jointly agreed: no {voices}</source>
        <translation>Heb ei gytuno ar y cyd: dim {voices}</translation>
    </message>
    <message>
        <source> and no </source>
        <translation> a dim </translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Co-lead</source>
        <translation>Cyd-arweinydd</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>From notes</source>
        <translation>O nodiadau</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Cytunwyd gan</translation>
    </message>
    <message>
        <source>Jointly agreed</source>
        <translation>Wedi&apos;i gytuno ar y cyd</translation>
    </message>
    <message>
        <source>{date} overdue</source>
        <translation>{date} yn hwyr</translation>
    </message>
    <message>
        <source>Nobody recorded</source>
        <translation>Neb wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>Missing {voices}</source>
        <translation>Ar goll: {voices}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the action is not done or dropped.</source>
        <translation>Yn hwyr: mae&apos;r dyddiad erbyn wedi mynd heibio ac nid yw&apos;r cam gweithredu wedi&apos;i wneud na&apos;i ollwng.</translation>
    </message>
    <message>
        <source>Jointly agreed needs at least one person with lived experience, a carer or a community member, and one professional, among those who agreed.</source>
        <translation>I fod wedi&apos;i gytuno ar y cyd, rhaid cael o leiaf un person â phrofiad bywyd, gofalwr neu aelod o&apos;r gymuned, ac un gweithiwr proffesiynol, ymhlith y rhai a gytunodd.</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>led by {name}</source>
        <translation>dan arweiniad {name}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>erbyn {date}</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Dim camau gweithredu eto.</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Co-lead</source>
        <translation>Cyd-arweinydd</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>This session&apos;s actions</source>
        <translation>Camau gweithredu&apos;r sesiwn hon</translation>
    </message>
    <message>
        <source>Workshop action log (every session)</source>
        <translation>Log camau gweithredu&apos;r gweithdy (pob sesiwn)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>This session&apos;s actions, or every action of the workshop with its history</source>
        <translation>Camau gweithredu&apos;r sesiwn hon, neu bob cam gweithredu yn y gweithdy gyda&apos;i hanes</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>Cam gweithredu &amp;newydd…</translation>
    </message>
    <message>
        <source>Write down an action the group agreed</source>
        <translation>Cofnodi cam gweithredu y cytunodd y grŵp arno</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <source>Change the selected action, who agreed it, or why</source>
        <translation>Newid y cam gweithredu a ddewiswyd, pwy a gytunodd arno, neu pam</translation>
    </message>
    <message>
        <source>&amp;Review earlier actions…</source>
        <translation>&amp;Adolygu camau gweithredu cynharach…</translation>
    </message>
    <message>
        <source>Record what was done since earlier sessions: you said, we did</source>
        <translation>Cofnodi beth a wnaed ers sesiynau cynharach: dywedoch chi, gwnaethon ni</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Hidlo yn ôl statws</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Hidlo yn ôl perchennog</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Neb eto</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Rhai hwyr yn unig</translation>
    </message>
    <message>
        <source>Only actions past their due date and not done</source>
        <translation>Dim ond camau gweithredu sydd wedi pasio eu dyddiad erbyn heb eu gwneud</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statws:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Perchennog:</translation>
    </message>
    <message>
        <source>Review now</source>
        <translation>Adolygu nawr</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Why the change was not saved</source>
        <translation>Pam na chafodd y newid ei gadw</translation>
    </message>
    <message>
        <source>1 action from earlier sessions is waiting for a “you said, we did” update.</source>
        <translation>Mae 1 cam gweithredu o sesiynau cynharach yn aros am ddiweddariad “dywedoch chi, gwnaethon ni”.</translation>
    </message>
    <message>
        <source>{count} actions from earlier sessions are waiting for a “you said, we did” update.</source>
        <translation>Camau gweithredu o sesiynau cynharach sy&apos;n aros am ddiweddariad “dywedoch chi, gwnaethon ni”: {count}.</translation>
    </message>
    <message>
        <source>Details of the chosen action</source>
        <translation>Manylion y cam gweithredu a ddewiswyd</translation>
    </message>
    <message>
        <source>New from selected notes</source>
        <translation>Newydd o&apos;r nodiadau a ddewiswyd</translation>
    </message>
    <message>
        <source>New from 1 selected note</source>
        <translation>Newydd o 1 nodyn a ddewiswyd</translation>
    </message>
    <message>
        <source>New from {count} selected notes</source>
        <translation>Newydd o&apos;r nodiadau a ddewiswyd ({count})</translation>
    </message>
    <message>
        <source>Select notes or a theme on the board first.</source>
        <translation>Dewiswch nodiadau neu thema ar y bwrdd yn gyntaf.</translation>
    </message>
    <message>
        <source>A new action linked to the notes it came from</source>
        <translation>Cam gweithredu newydd wedi&apos;i gysylltu â&apos;r nodiadau y daeth ohonynt</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>Yn dangos {shown} o {total}</translation>
    </message>
    <message>
        <source>⚠ {count} overdue</source>
        <translation>⚠ Yn hwyr: {count}</translation>
    </message>
    <message>
        <source>{count} not jointly agreed</source>
        <translation>Heb eu cytuno ar y cyd: {count}</translation>
    </message>
    <message>
        <source>No session open</source>
        <translation>Dim sesiwn ar agor</translation>
    </message>
    <message>
        <source>Choose a session on the left to see and agree its actions.</source>
        <translation>Dewiswch sesiwn ar y chwith i weld a chytuno ar ei chamau gweithredu.</translation>
    </message>
    <message>
        <source>No actions in this workshop yet</source>
        <translation>Dim camau gweithredu yn y gweithdy hwn eto</translation>
    </message>
    <message>
        <source>Actions agreed in any session of the workshop are listed here.</source>
        <translation>Mae camau gweithredu a gytunwyd mewn unrhyw sesiwn o&apos;r gweithdy wedi&apos;u rhestru yma.</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Dim camau gweithredu eto</translation>
    </message>
    <message>
        <source>When the group agrees what will happen, select the notes it came from on the board and choose New from selected notes, or New action….</source>
        <translation>Pan fydd y grŵp yn cytuno beth fydd yn digwydd, dewiswch y nodiadau y daeth ohonynt ar y bwrdd a dewis Newydd o&apos;r nodiadau a ddewiswyd, neu Cam gweithredu newydd….</translation>
    </message>
    <message>
        <source>Not saved — {field}: {message}</source>
        <translation>Heb ei gadw — {field}: {message}</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Heb ei gadw: {message}</translation>
    </message>
    <message>
        <source>Select an action to see where it came from and its progress.</source>
        <translation>Dewiswch gam gweithredu i weld o ble y daeth a&apos;i gynnydd.</translation>
    </message>
    <message>
        <source>Not linked to any note.</source>
        <translation>Heb ei gysylltu ag unrhyw nodyn.</translation>
    </message>
    <message>
        <source>Came from 1 note on the board.</source>
        <translation>Daeth o 1 nodyn ar y bwrdd.</translation>
    </message>
    <message>
        <source>Came from {count} notes on the board.</source>
        <translation>Daeth o nodiadau ar y bwrdd: {count}.</translation>
    </message>
    <message>
        <source>Dropped because: {reason}</source>
        <translation>Gollyngwyd oherwydd: {reason}</translation>
    </message>
    <message>
        <source>⚠ &lt;b&gt;Not jointly agreed&lt;/b&gt;: the record needs a person with lived experience, a carer or a community member, and a professional, among those who agreed.</source>
        <translation>⚠ &lt;b&gt;Heb ei gytuno ar y cyd&lt;/b&gt;: mae angen i&apos;r cofnod gael person â phrofiad bywyd, gofalwr neu aelod o&apos;r gymuned, a gweithiwr proffesiynol, ymhlith y rhai a gytunodd.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>Dim cynnydd wedi&apos;i gofnodi eto.</translation>
    </message>
</context>
<context>
    <name>AddPhotoDialog</name>
    <message>
        <source>Add a photo of paper</source>
        <translation>Ychwanegu llun o bapur</translation>
    </message>
    <message>
        <source>Sticky notes: find them and read them</source>
        <translation>Nodiadau gludiog: eu canfod a&apos;u darllen</translation>
    </message>
    <message>
        <source>A flipchart or drawing: keep it as a picture</source>
        <translation>Siart troi neu lun: ei gadw fel llun</translation>
    </message>
    <message>
        <source>What it shows, e.g. Table 2&apos;s map of the journey</source>
        <translation>Beth mae&apos;n ei ddangos, e.e. map taith Bwrdd 2</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Capsiwn</translation>
    </message>
    <message>
        <source>Everyone in the photo agreed to be photographed (do not blur faces)</source>
        <translation>Cytunodd pawb yn y llun i gael tynnu eu llun (peidio â chymylu wynebau)</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Llun:</translation>
    </message>
    <message>
        <source>Notes go to:</source>
        <translation>Y nodiadau&apos;n mynd i:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Capsiwn:</translation>
    </message>
    <message>
        <source>Write a caption: what does the picture show?</source>
        <translation>Ysgrifennwch gapsiwn: beth mae&apos;r llun yn ei ddangos?</translation>
    </message>
    <message>
        <source>Reading the photo</source>
        <translation>Darllen y llun</translation>
    </message>
    <message>
        <source>Finding the notes and reading them on this computer…</source>
        <translation>Canfod y nodiadau a&apos;u darllen ar y cyfrifiadur hwn…</translation>
    </message>
    <message>
        <source>Stopped; nothing was added.</source>
        <translation>Wedi stopio; ni ychwanegwyd dim.</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The stages of this session with planned minutes. Enter moves the session there.</source>
        <translation>Camau&apos;r sesiwn hon gyda&apos;r munudau a gynlluniwyd. Mae Enter yn symud y sesiwn yno.</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Enw&apos;r cam</translation>
    </message>
    <message>
        <source>What people can do in this stage</source>
        <translation>Beth gall pobl ei wneud yn y cam hwn</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Munudau a gynlluniwyd</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>M&amp;unudau:</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ychwanegu cam</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Ychwanegu cam</translation>
    </message>
    <message>
        <source>Adds a stage after the selected one.</source>
        <translation>Yn ychwanegu cam ar ôl yr un a ddewiswyd.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove the selected stage</source>
        <translation>Tynnu&apos;r cam a ddewiswyd</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Move the selected stage earlier</source>
        <translation>Symud y cam a ddewiswyd yn gynharach</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Move the selected stage later</source>
        <translation>Symud y cam a ddewiswyd yn hwyrach</translation>
    </message>
    <message>
        <source>Save agenda</source>
        <translation>Cadw&apos;r agenda</translation>
    </message>
    <message>
        <source>Save the agenda</source>
        <translation>Cadw&apos;r agenda</translation>
    </message>
    <message>
        <source>Keeps your changes to the stages.</source>
        <translation>Yn cadw eich newidiadau i&apos;r camau.</translation>
    </message>
    <message>
        <source>&amp;Go to this stage</source>
        <translation>&amp;Mynd i&apos;r cam hwn</translation>
    </message>
    <message>
        <source>Go to the selected stage</source>
        <translation>Mynd i&apos;r cam a ddewiswyd</translation>
    </message>
    <message>
        <source>Moves the session to the selected stage and sets the timer.</source>
        <translation>Yn symud y sesiwn i&apos;r cam a ddewiswyd ac yn gosod yr amserydd.</translation>
    </message>
    <message>
        <source>Agenda status</source>
        <translation>Statws yr agenda</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Agenda saved.</source>
        <translation>Agenda wedi&apos;i chadw.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Cam newydd</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} mun</translation>
    </message>
    <message>
        <source>▶ now:</source>
        <translation>▶ nawr:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the workshop database</source>
        <translation>Nid oes modd agor cronfa ddata&apos;r gweithdai</translation>
    </message>
</context>
<context>
    <name>BackUpNowDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>Make a complete copy of every workshop in this record. Keep copies somewhere safe: they hold personal details.</source>
        <translation>Gwnewch gopi cyflawn o bob gweithdy yn y cofnod hwn. Cadwch gopïau mewn lle diogel: maen nhw&apos;n cynnwys manylion personol.</translation>
    </message>
    <message>
        <source>In the backups folder: {folder}</source>
        <translation>Yn y ffolder copïau wrth gefn: {folder}</translation>
    </message>
    <message>
        <source>Where to save the backup</source>
        <translation>Ble i gadw&apos;r copi wrth gefn</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Gwneud copi wrth gefn</translation>
    </message>
    <message>
        <source>Save a backup as</source>
        <translation>Cadw copi wrth gefn fel</translation>
    </message>
    <message>
        <source>Workshop database (*.sqlite3);;All files (*)</source>
        <translation>Cronfa ddata gweithdai (*.sqlite3);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Copi wrth gefn wedi&apos;i gadw yn {path}.</translation>
    </message>
    <message>
        <source>The backup was cancelled and no file was written.</source>
        <translation>Cafodd y copi wrth gefn ei ganslo ac ni ysgrifennwyd unrhyw ffeil.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily backup</source>
        <translation>Copi wrth gefn dyddiol</translation>
    </message>
    <message>
        <source>Backup you made</source>
        <translation>Copi wrth gefn a wnaethoch chi</translation>
    </message>
    <message>
        <source>Copy kept before a restore</source>
        <translation>Copi a gadwyd cyn adfer</translation>
    </message>
    <message>
        <source>Copy kept before an upgrade</source>
        <translation>Copi a gadwyd cyn uwchraddio</translation>
    </message>
    <message>
        <source>Yes, replace it</source>
        <translation>Ie, rhoi hwn yn ei le</translation>
    </message>
    <message>
        <source>Copying the record…</source>
        <translation>Yn copïo&apos;r cofnod…</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Yn darllen y copi wrth gefn…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Yn gwirio&apos;r copi wrth gefn…</translation>
    </message>
    <message>
        <source>Keeping a copy of the current record…</source>
        <translation>Yn cadw copi o&apos;r cofnod presennol…</translation>
    </message>
    <message>
        <source>Replacing the record; this last step cannot be stopped…</source>
        <translation>Yn disodli&apos;r cofnod; ni ellir atal y cam olaf hwn…</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>under 1 MB</source>
        <translation>llai nag 1 MB</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Gwneud copi wrth gefn nawr…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Adfer o gopi wrth gefn…</translation>
    </message>
</context>
<context>
    <name>BalanceTab</name>
    <message>
        <source>Citizen voice %p%</source>
        <translation>Llais dinasyddion %p%</translation>
    </message>
    <message>
        <source>Balance of voice</source>
        <translation>Cydbwysedd lleisiau</translation>
    </message>
    <message>
        <source>Share of notes and dots from the citizen voice; the rest is the professional voice.</source>
        <translation>Cyfran y nodiadau a&apos;r dotiau gan lais dinasyddion; llais proffesiynol yw&apos;r gweddill.</translation>
    </message>
    <message>
        <source>Balance of voice in words</source>
        <translation>Cydbwysedd lleisiau mewn geiriau</translation>
    </message>
    <message>
        <source>Prompt me when professionals exceed</source>
        <translation>Fy atgoffa pan fydd gweithwyr proffesiynol yn mynd dros</translation>
    </message>
    <message>
        <source>A gentle prompt appears when the professional share goes above this.</source>
        <translation>Mae nodyn atgoffa ysgafn yn ymddangos pan fydd y gyfran broffesiynol yn mynd dros hyn.</translation>
    </message>
    <message>
        <source>Prompt me when professionals &amp;exceed:</source>
        <translation>Fy atgoffa pan fydd gweithwyr proffesiynol yn mynd &amp;dros:</translation>
    </message>
    <message>
        <source>Balance prompt</source>
        <translation>Nodyn atgoffa am gydbwysedd</translation>
    </message>
    <message>
        <source>Show the balance on the &amp;projector</source>
        <translation>Dangos y cydbwysedd ar y &amp;taflunydd</translation>
    </message>
    <message>
        <source>Show the balance on the projector</source>
        <translation>Dangos y cydbwysedd ar y taflunydd</translation>
    </message>
    <message>
        <source>No contributions yet</source>
        <translation>Dim cyfraniadau eto</translation>
    </message>
    <message>
        <source>No notes or dots from citizens or professionals yet.</source>
        <translation>Dim nodiadau na dotiau gan ddinasyddion na gweithwyr proffesiynol eto.</translation>
    </message>
    <message>
        <source>Citizen voice {citizen}%: {citizen_notes} notes, {citizen_dots} dots. Professional voice {professional}%: {professional_notes} notes, {professional_dots} dots.</source>
        <translation>Llais dinasyddion {citizen}%: nodiadau {citizen_notes}, dotiau {citizen_dots}. Llais proffesiynol {professional}%: nodiadau {professional_notes}, dotiau {professional_dots}.</translation>
    </message>
    <message>
        <source>Worth a pause: professionals have made {share}% of the contributions, above the {threshold}% you set. You could invite those who have not spoken yet, or ask professionals to listen for a round.</source>
        <translation>Gwerth oedi: mae gweithwyr proffesiynol wedi gwneud {share}% o&apos;r cyfraniadau, dros y {threshold}% a osodwyd gennych. Gallech wahodd y rhai sydd heb siarad eto, neu ofyn i weithwyr proffesiynol wrando am rownd.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n o nodiadau</numerusform>
        </translation>
    </message>
    <message>
        <source>silent</source>
        <translation>tawel</translation>
    </message>
</context>
<context>
    <name>BoardCommands</name>
    <message>
        <source>Change speaker</source>
        <translation>Newid siaradwr</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ychwanegu nodyn</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Golygu nodyn</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Symud nodyn</translation>
    </message>
    <message>
        <source>Move {count} notes</source>
        <translation>Symud nodiadau ({count})</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Dileu nodyn</translation>
    </message>
    <message>
        <source>Delete {count} notes</source>
        <translation>Dileu nodiadau ({count})</translation>
    </message>
    <message>
        <source>Recolour notes</source>
        <translation>Newid lliw nodiadau</translation>
    </message>
    <message>
        <source>Recolour note</source>
        <translation>Newid lliw nodyn</translation>
    </message>
    <message>
        <source>Set note language</source>
        <translation>Gosod iaith y nodyn</translation>
    </message>
    <message>
        <source>Group into theme</source>
        <translation>Grwpio yn thema</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Ailenwi thema</translation>
    </message>
    <message>
        <source>Ungroup theme</source>
        <translation>Dadgrwpio thema</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Ychwanegu colofn</translation>
    </message>
    <message>
        <source>Rename column</source>
        <translation>Ailenwi colofn</translation>
    </message>
    <message>
        <source>Move column</source>
        <translation>Symud colofn</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Tynnu colofn</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Ychwanegu bwrdd</translation>
    </message>
    <message>
        <source>Rename table</source>
        <translation>Ailenwi bwrdd</translation>
    </message>
    <message>
        <source>Remove table</source>
        <translation>Tynnu bwrdd</translation>
    </message>
    <message>
        <source>Mark for the plenary</source>
        <translation>Marcio ar gyfer y sesiwn lawn</translation>
    </message>
    <message>
        <source>Unmark for the plenary</source>
        <translation>Dad-farcio ar gyfer y sesiwn lawn</translation>
    </message>
    <message>
        <source>Reveal silent writing</source>
        <translation>Datgelu&apos;r ysgrifennu tawel</translation>
    </message>
    <message>
        <source>Let notes through</source>
        <translation>Gadael nodiadau drwodd</translation>
    </message>
    <message>
        <source>Take off a table</source>
        <translation>Tynnu oddi ar fwrdd</translation>
    </message>
    <message>
        <source>Seat at a table</source>
        <translation>Rhoi sedd wrth fwrdd</translation>
    </message>
    <message>
        <source>Harvest table</source>
        <translation>Casglu o&apos;r bwrdd</translation>
    </message>
    <message>
        <source>Change session details</source>
        <translation>Newid manylion y sesiwn</translation>
    </message>
</context>
<context>
    <name>BoardImage</name>
    <message>
        <source>Could not encode the board image.</source>
        <translation>Nid oedd modd creu delwedd y bwrdd.</translation>
    </message>
</context>
<context>
    <name>BoardListPanel</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n o nodiadau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n o dotiau</numerusform>
        </translation>
    </message>
    <message>
        <source>Board as a list</source>
        <translation>Y bwrdd fel rhestr</translation>
    </message>
    <message>
        <source>Columns, then themes, then notes. F2 edits a note, Delete removes it.</source>
        <translation>Colofnau, yna themâu, yna nodiadau. Mae F2 yn golygu nodyn, mae Delete yn ei ddileu.</translation>
    </message>
    <message>
        <source>F2 edits the chosen note; Delete removes it (Undo brings it back).</source>
        <translation>Mae F2 yn golygu’r nodyn a ddewiswyd; mae Delete yn ei ddileu (mae Dadwneud yn dod ag ef yn ôl).</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Who, dots and flags</source>
        <translation>Pwy, dotiau a baneri</translation>
    </message>
    <message>
        <source>Theme: {title}</source>
        <translation>Thema: {title}</translation>
    </message>
    <message>
        <source>hidden until revealed</source>
        <translation>cudd nes ei ddatgelu</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <source>private</source>
        <translation>preifat</translation>
    </message>
    <message>
        <source>redacted in the record</source>
        <translation>wedi’i olygu yn y cofnod</translation>
    </message>
    <message>
        <source>from {table}</source>
        <translation>o {table}</translation>
    </message>
    <message>
        <source>in the plenary</source>
        <translation>yn y sesiwn lawn</translation>
    </message>
    <message>
        <source>chosen for the plenary</source>
        <translation>wedi&apos;i ddewis ar gyfer y sesiwn lawn</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Bwrdd</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>{role} (role only)</source>
        <translation>{role} (rôl yn unig)</translation>
    </message>
    <message>
        <source>Who said it? (name or role)</source>
        <translation>Pwy a&apos;i dywedodd? (enw neu rôl)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Siaradwr</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>What was said — Enter adds it to the board</source>
        <translation>Beth a ddywedwyd — mae Enter yn ei ychwanegu at y bwrdd</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Testun y nodyn</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Language of the notes</source>
        <translation>Iaith y nodiadau</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Iaith:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Canfod</translation>
    </message>
    <message>
        <source>no column</source>
        <translation>dim colofn</translation>
    </message>
    <message>
        <source>type part of a name, or a role</source>
        <translation>teipiwch ran o enw, neu rôl</translation>
    </message>
    <message>
        <source>no single match yet — keep typing</source>
        <translation>dim un cyfatebiad eto — daliwch ati i deipio</translation>
    </message>
    <message>
        <source>Speaker: {who}   ·   Column: {column} (Ctrl+1…9)   ·   Enter adds</source>
        <translation>Siaradwr: {who}   ·   Colofn: {column} (Ctrl+1…9)   ·   Enter i ychwanegu</translation>
    </message>
    <message>
        <source>Say who said it: type part of a participant&apos;s name, or a role.</source>
        <translation>Dywedwch pwy a&apos;i dywedodd: teipiwch ran o enw cyfranogwr, neu rôl.</translation>
    </message>
    <message>
        <source>Add a column to the board first.</source>
        <translation>Ychwanegwch golofn at y bwrdd yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Type in a feedback card</source>
        <translation>Teipio cerdyn adborth</translation>
    </message>
    <message>
        <source>About the person (only if they answered)</source>
        <translation>Am y person (dim ond os gwnaethon nhw ateb)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Dim ateb</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>invalid date ({stored})</source>
        <translation>dyddiad annilys ({stored})</translation>
    </message>
</context>
<context>
    <name>EasyReadPanel</name>
    <message>
        <source>Write the Easy Read sentences for each key message and action: one idea a sentence, one sentence a line. The app never writes them for you.</source>
        <translation>Ysgrifennwch y brawddegau Hawdd eu Deall ar gyfer pob neges allweddol a cham gweithredu: un syniad ym mhob brawddeg, un frawddeg ar bob llinell. Dydy&apos;r ap byth yn eu hysgrifennu drosoch chi.</translation>
    </message>
    <message>
        <source>&amp;Write in:</source>
        <translation>&amp;Ysgrifennu yn:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Key messages and actions</source>
        <translation>Negeseuon allweddol a chamau gweithredu</translation>
    </message>
    <message>
        <source>Add a &amp;key message</source>
        <translation>Ychwanegu neges &amp;allweddol</translation>
    </message>
    <message>
        <source>Remove key message</source>
        <translation>Tynnu&apos;r neges allweddol</translation>
    </message>
    <message>
        <source>&amp;Sentences (one a line):</source>
        <translation>&amp;Brawddegau (un ar bob llinell):</translation>
    </message>
    <message>
        <source>Easy Read sentences</source>
        <translation>Brawddegau Hawdd eu Deall</translation>
    </message>
    <message>
        <source>Sa&amp;ve sentences</source>
        <translation>C&amp;adw&apos;r brawddegau</translation>
    </message>
    <message>
        <source>&amp;Find a picture:</source>
        <translation>&amp;Chwilio am lun:</translation>
    </message>
    <message>
        <source>bus, doctor, money…</source>
        <translation>bws, meddyg, arian…</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <source>Add our own &amp;picture…</source>
        <translation>Ychwanegu ein &amp;llun ein hunain…</translation>
    </message>
    <message>
        <source>Pictures: OpenMoji (openmoji.org), licence CC BY-SA 4.0.</source>
        <translation>Lluniau: OpenMoji (openmoji.org), trwydded CC BY-SA 4.0.</translation>
    </message>
    <message>
        <source>Open a session to write its Easy Read record.</source>
        <translation>Agorwch sesiwn i ysgrifennu ei chofnod Hawdd ei Ddeall.</translation>
    </message>
    <message>
        <source>This session has no themes or actions yet. Add a key message to start.</source>
        <translation>Does gan y sesiwn hon ddim themâu na chamau gweithredu eto. Ychwanegwch neges allweddol i ddechrau.</translation>
    </message>
    <message>
        <source>Written: {written} of {total}. Points nobody has written are left out of the Easy Read record.</source>
        <translation>Wedi&apos;u hysgrifennu: {written} o {total}. Mae pwyntiau nad oes neb wedi&apos;u hysgrifennu yn cael eu gadael allan o&apos;r cofnod Hawdd ei Ddeall.</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Neges allweddol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>written</source>
        <translation>wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <source>not written: left out</source>
        <translation>heb ei ysgrifennu: wedi&apos;i adael allan</translation>
    </message>
    <message>
        <source>About: {source}</source>
        <translation>Am: {source}</translation>
    </message>
    <message>
        <source>A key message of its own.</source>
        <translation>Neges allweddol ar ei phen ei hun.</translation>
    </message>
    <message>
        <source>Picture: one of our own.</source>
        <translation>Llun: un o&apos;n lluniau ni.</translation>
    </message>
    <message>
        <source>Picture: {name}.</source>
        <translation>Llun: {name}.</translation>
    </message>
    <message>
        <source>No picture chosen: the record shows a tick.</source>
        <translation>Dim llun wedi&apos;i ddewis: mae&apos;r cofnod yn dangos tic.</translation>
    </message>
    <message>
        <source>No picture chosen: the record shows a speech bubble.</source>
        <translation>Dim llun wedi&apos;i ddewis: mae&apos;r cofnod yn dangos swigen siarad.</translation>
    </message>
    <message>
        <source>Nothing written yet: this point is left out of the Easy Read record.</source>
        <translation>Dim byd wedi&apos;i ysgrifennu eto: mae&apos;r pwynt hwn yn cael ei adael allan o&apos;r cofnod Hawdd ei Ddeall.</translation>
    </message>
    <message>
        <source>Every sentence is short, with no hard words found.</source>
        <translation>Mae pob brawddeg yn fyr, a does dim geiriau anodd.</translation>
    </message>
    <message>
        <source>Sentence {number} has {words} words; Easy Read sentences have at most {most}.</source>
        <translation>Mae gan frawddeg {number} {words} o eiriau; mae gan frawddegau Hawdd eu Deall {most} ar y mwyaf.</translation>
    </message>
    <message>
        <source>Sentence {number} may hold two ideas (joined by “{word}”); Easy Read has one idea a sentence.</source>
        <translation>Efallai fod dau syniad yn Brawddeg {number} (wedi&apos;u cysylltu gan “{word}”); un syniad ym mhob brawddeg sydd mewn Hawdd ei Ddeall.</translation>
    </message>
    <message>
        <source>Sentence {number}: “{word}” is in the glossary; explain it or use easier words.</source>
        <translation>Brawddeg {number}: mae “{word}” yn yr eirfa; eglurwch y gair neu defnyddiwch eiriau haws.</translation>
    </message>
    <message>
        <source>Sentence {number}: “{word}” is jargon; use easier words.</source>
        <translation>Brawddeg {number}: jargon yw “{word}”; defnyddiwch eiriau haws.</translation>
    </message>
    <message>
        <source>Sentence {number}: “{word}” is a long word; is there a shorter one?</source>
        <translation>Brawddeg {number}: mae “{word}” yn air hir; oes gair byrrach?</translation>
    </message>
    <message>
        <source>Add our own picture</source>
        <translation>Ychwanegu ein llun ein hunain</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Lluniau (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a person</source>
        <translation>Dileu person</translation>
    </message>
    <message>
        <source>Erase {name} from this workshop?</source>
        <translation>Dileu {name} o&apos;r gweithdy hwn?</translation>
    </message>
    <message>
        <source>Their register entry, contact details, support needs, access needs, attendance and votes are deleted, and nothing of them is left in the database file. Actions they owned or co-led stay, without them.</source>
        <translation>Caiff eu cofnod yn y gofrestr, eu manylion cyswllt, eu hanghenion cymorth, eu hanghenion mynediad, eu presenoldeb a&apos;u pleidleisiau eu dileu, ac ni fydd dim ohonynt ar ôl yn ffeil y gronfa ddata. Mae camau gweithredu yr oeddent yn berchen arnynt neu&apos;n eu cyd-arwain yn aros, hebddynt.</translation>
    </message>
    <message>
        <source>Payments and expenses are financial records the organisation must keep by law: they stay, with the name replaced by their pseudonym. Receipt photos and expenses notes are deleted.</source>
        <translation>Mae taliadau a threuliau yn gofnodion ariannol y mae&apos;n rhaid i&apos;r sefydliad eu cadw yn ôl y gyfraith: maen nhw&apos;n aros, gyda&apos;u ffugenw yn lle&apos;r enw. Caiff lluniau derbynebau a nodiadau treuliau eu dileu.</translation>
    </message>
    <message>
        <source>Also delete their notes ({count}); otherwise they stay, without their name, labelled with their role</source>
        <translation>Dileu eu nodiadau hefyd ({count}); fel arall maen nhw&apos;n aros, heb eu henw, wedi&apos;u labelu â&apos;u rôl</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Rwy&apos;n deall na ellir dadwneud hyn</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Dileu</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export actions</source>
        <translation>Allforio camau gweithredu</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Taenlen (*.csv)</translation>
    </message>
    <message>
        <source>Saved 1 action to {path}.</source>
        <translation>Cadwyd 1 cam gweithredu yn {path}.</translation>
    </message>
    <message>
        <source>Saved {count} actions to {path}.</source>
        <translation>Cadwyd {count} o gamau gweithredu yn {path}.</translation>
    </message>
</context>
<context>
    <name>ExportRecordDialog</name>
    <message>
        <source>Export record</source>
        <translation>Allforio&apos;r cofnod</translation>
    </message>
    <message>
        <source>Export the record of “{session}”.</source>
        <translation>Allforio cofnod “{session}”.</translation>
    </message>
    <message>
        <source>PDF, for printing and sending</source>
        <translation>PDF, i&apos;w argraffu a&apos;i anfon</translation>
    </message>
    <message>
        <source>Accessible web page (HTML), for publishing online</source>
        <translation>Tudalen we hygyrch (HTML), i&apos;w chyhoeddi ar-lein</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>Public: for anyone; no contact details, small groups protected</source>
        <translation>Cyhoeddus: i unrhyw un; dim manylion cyswllt, grwpiau bach wedi’u diogelu</translation>
    </message>
    <message>
        <source>Participants: for the people who took part; marked “Not for publication”</source>
        <translation>Cyfranogwyr: i’r bobl a gymerodd ran; wedi’i nodi “Nid i’w gyhoeddi”</translation>
    </message>
    <message>
        <source>Easy Read: the sentences written in the Easy Read panel, with pictures</source>
        <translation>Hawdd ei Ddeall: y brawddegau a ysgrifennwyd yn y panel Hawdd ei Ddeall, gyda lluniau</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Argraffiad</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English (Saesneg)</translation>
    </message>
    <message>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Cymraeg and English, Welsh first</source>
        <translation>Cymraeg a Saesneg, y Gymraeg yn gyntaf</translation>
    </message>
    <message>
        <source>Language of the record</source>
        <translation>Iaith y cofnod</translation>
    </message>
    <message>
        <source>&amp;Language of the record</source>
        <translation>&amp;Iaith y cofnod</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>Show roles with fewer than 3 people as “participant”</source>
        <translation>Dangos rolau gyda llai na 3 o bobl fel “cyfranogwr”</translation>
    </message>
    <message>
        <source>So that nobody can be picked out by their role.</source>
        <translation>Fel na ellir adnabod neb wrth ei rôl.</translation>
    </message>
    <message>
        <source>Open the record when it is ready</source>
        <translation>Agor y cofnod pan fydd yn barod</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Ffeil i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Contact details never go into the public edition.</source>
        <translation>Nid yw manylion cyswllt byth yn mynd i’r argraffiad cyhoeddus.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Tudalen we (*.html)</translation>
    </message>
    <message>
        <source>Choose at least one part of the record to include.</source>
        <translation>Dewiswch o leiaf un rhan o&apos;r cofnod i&apos;w chynnwys.</translation>
    </message>
    <message>
        <source>An Easy Read record is in one language: choose English or Cymraeg.</source>
        <translation>Mae cofnod Hawdd ei Ddeall mewn un iaith: dewiswch Saesneg neu Gymraeg.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Yn dechrau…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Canslo allforio</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Wedi&apos;i gadw: {path}.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Allforio wedi&apos;i ganslo; ni ysgrifennwyd unrhyw ffeil.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Yn canslo…</translation>
    </message>
</context>
<context>
    <name>FacilitationPanel</name>
    <message>
        <source>Facilitation</source>
        <translation>Hwyluso</translation>
    </message>
    <message>
        <source>Agenda and stage, timer, silent writing, dot voting, results, balance of voice and the projector.</source>
        <translation>Agenda a cham, amserydd, ysgrifennu tawel, pleidleisio â dotiau, canlyniadau, cydbwysedd lleisiau a&apos;r taflunydd.</translation>
    </message>
    <message>
        <source>Facilitation sections</source>
        <translation>Adrannau hwyluso</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Silent writing</source>
        <translation>Ysgrifennu &amp;tawel</translation>
    </message>
    <message>
        <source>&amp;Voting</source>
        <translation>&amp;Pleidleisio</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Canlyniadau</translation>
    </message>
    <message>
        <source>Ba&amp;lance</source>
        <translation>C&amp;ydbwysedd</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>T&amp;aflunydd</translation>
    </message>
    <message>
        <source>Open a session first: choose one on the left.</source>
        <translation>Agorwch sesiwn yn gyntaf: dewiswch un ar y chwith.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Feedback results</source>
        <translation>Canlyniadau’r adborth</translation>
    </message>
    <message>
        <source>Type in a &amp;card…</source>
        <translation>Teipio &amp;cerdyn…</translation>
    </message>
    <message>
        <source>Enter the answers from a printed feedback card, for people without phones</source>
        <translation>Rhoi&apos;r atebion o gerdyn adborth printiedig, ar gyfer pobl heb ffonau</translation>
    </message>
    <message>
        <source>&amp;Print cards</source>
        <translation>&amp;Argraffu cardiau</translation>
    </message>
    <message>
        <source>Save the feedback card as a PDF to print, for people without phones</source>
        <translation>Cadw&apos;r cerdyn adborth fel PDF i&apos;w argraffu, i bobl heb ffonau</translation>
    </message>
    <message>
        <source>Card in English…</source>
        <translation>Cerdyn yn Saesneg…</translation>
    </message>
    <message>
        <source>Card in Welsh…</source>
        <translation>Cerdyn yn Gymraeg…</translation>
    </message>
    <message>
        <source>&amp;Questions…</source>
        <translation>C&amp;westiynau…</translation>
    </message>
    <message>
        <source>Edit the feedback questions for this session</source>
        <translation>Golygu cwestiynau adborth y sesiwn hon</translation>
    </message>
    <message>
        <source>Open a session to see its feedback.</source>
        <translation>Agorwch sesiwn i weld ei hadborth.</translation>
    </message>
    <message>
        <source>People who gave feedback: %1 (on printed cards: %2)</source>
        <translation>Pobl a roddodd adborth: %1 (ar gardiau printiedig: %2)</translation>
    </message>
    <message>
        <source>Save the feedback card</source>
        <translation>Cadw&apos;r cerdyn adborth</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the feedback card to %1. Print it double-sided: one sheet a person.</source>
        <translation>Cadwyd y cerdyn adborth yn %1. Argraffwch ef ar y ddwy ochr: un ddalen i bob person.</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <source>Mark the record final</source>
        <translation>Nodi bod y cofnod yn derfynol</translation>
    </message>
    <message>
        <source>Once final, the session refuses changes (and live participation) until someone reopens it; the record then says when it was amended.</source>
        <translation>Unwaith y bydd yn derfynol, mae’r sesiwn yn gwrthod newidiadau (a chyfranogi byw) nes i rywun ei ailagor; yna mae’r cofnod yn dweud pryd y cafodd ei ddiwygio.</translation>
    </message>
    <message>
        <source>e.g. the participants, on 12 December</source>
        <translation>e.e. y cyfranogwyr, ar 12 Rhagfyr</translation>
    </message>
    <message>
        <source>&amp;Checked by</source>
        <translation>&amp;Gwiriwyd gan</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Ar</translation>
    </message>
    <message>
        <source>Mark final</source>
        <translation>Nodi’n derfynol</translation>
    </message>
    <message>
        <source>Reopen the record</source>
        <translation>Ailagor y cofnod</translation>
    </message>
    <message>
        <source>Reopen the final record to change it? It becomes a draft again, and once marked final again it says when it was amended.</source>
        <translation>Ailagor y cofnod terfynol i’w newid? Mae’n troi’n ddrafft eto, ac ar ôl ei nodi’n derfynol eto mae’n dweud pryd y cafodd ei ddiwygio.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Hwyluswyr</translation>
    </message>
    <message>
        <source>Scribes and participants</source>
        <translation>Cofnodwyr a chyfranogwyr</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Swyddogion</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Pynciau cymorth</translation>
    </message>
</context>
<context>
    <name>ImportWorkshop</name>
    <message>
        <source>Reading {file}…</source>
        <translation>Yn darllen {file}…</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}.</source>
        <translation>Nid oedd modd darllen y ffeil {file}: {reason}.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Yn mewnforio {file}…</translation>
    </message>
    <message>
        <source>Import a workshop</source>
        <translation>Mewnforio gweithdy</translation>
    </message>
    <message>
        <source>Workshop files (*.json);;All files (*)</source>
        <translation>Ffeiliau gweithdy (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Imported “{title}”.</source>
        <translation>Wedi mewnforio “{title}”.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ni fewnforiwyd dim</translation>
    </message>
</context>
<context>
    <name>Involvement</name>
    <message>
        <source>&amp;Access plan…</source>
        <translation>Cynllun &amp;mynediad…</translation>
    </message>
    <message>
        <source>What to book and prepare for people&apos;s access needs, and by when.</source>
        <translation>Beth i&apos;w drefnu a&apos;i baratoi ar gyfer anghenion mynediad pobl, ac erbyn pryd.</translation>
    </message>
    <message>
        <source>&amp;Payments and expenses…</source>
        <translation>&amp;Taliadau a threuliau…</translation>
    </message>
    <message>
        <source>Pay people for their time and expenses, and export for finance.</source>
        <translation>Talu pobl am eu hamser a&apos;u treuliau, ac allforio ar gyfer cyllid.</translation>
    </message>
    <message>
        <source>Payment and access &amp;settings…</source>
        <translation>&amp;Gosodiadau taliadau a mynediad…</translation>
    </message>
    <message>
        <source>The workshop&apos;s rate, what participants are told, and deadlines.</source>
        <translation>Cyfradd y gweithdy, beth a ddywedir wrth gyfranogwyr, a dyddiadau cau.</translation>
    </message>
    <message>
        <source>Open a session first.</source>
        <translation>Agorwch sesiwn yn gyntaf.</translation>
    </message>
    <message>
        <source>BSL interpreter</source>
        <translation>Dehonglydd BSL</translation>
    </message>
    <message>
        <source>Lipspeaker</source>
        <translation>Siaradwr gwefusau</translation>
    </message>
    <message>
        <source>Speech-to-text reporter</source>
        <translation>Gohebydd lleferydd-i-destun</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Dolen sain</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <source>Easy Read</source>
        <translation>Hawdd ei Ddarllen</translation>
    </message>
    <message>
        <source>Welsh language</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Interpreter for another language</source>
        <translation>Dehonglydd ar gyfer iaith arall</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Mynediad heb risiau</translation>
    </message>
    <message>
        <source>Seating</source>
        <translation>Seddi</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Seibiannau</translation>
    </message>
    <message>
        <source>Quiet space</source>
        <translation>Lle tawel</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Anghenion deietegol</translation>
    </message>
    <message>
        <source>Support worker or carer attending</source>
        <translation>Gweithiwr cymorth neu ofalwr yn dod</translation>
    </message>
    <message>
        <source>Preferred contact format</source>
        <translation>Hoff ffordd o gysylltu</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Rhywbeth arall</translation>
    </message>
    <message>
        <source>Size (for example 18 point)</source>
        <translation>Maint (er enghraifft 18 pwynt)</translation>
    </message>
    <message>
        <source>Which language</source>
        <translation>Pa iaith</translation>
    </message>
    <message>
        <source>What kind of seating</source>
        <translation>Pa fath o seddi</translation>
    </message>
    <message>
        <source>What they can eat</source>
        <translation>Beth y gallant ei fwyta</translation>
    </message>
    <message>
        <source>Email, phone, letter, text message…</source>
        <translation>E-bost, ffôn, llythyr, neges destun…</translation>
    </message>
    <message>
        <source>What would help</source>
        <translation>Beth fyddai&apos;n helpu</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Trosglwyddiad banc</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Taleb</translation>
    </message>
    <message>
        <source>Cash on the day</source>
        <translation>Arian parod ar y diwrnod</translation>
    </message>
    <message>
        <source>Declined payment</source>
        <translation>Wedi gwrthod tâl</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Wedi&apos;i gymeradwyo</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Wedi&apos;i dalu</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
</context>
<context>
    <name>InvolvementSettingsDialog</name>
    <message>
        <source>Payment and access settings</source>
        <translation>Gosodiadau taliadau a mynediad</translation>
    </message>
    <message>
        <source> an hour</source>
        <translation> yr awr</translation>
    </message>
    <message>
        <source>Everyone was offered £25 for their time and travel costs.</source>
        <translation>Cynigiwyd £25 i bawb am eu hamser a&apos;u costau teithio.</translation>
    </message>
    <message>
        <source>Payments can affect benefits; you can take a voucher or decline.</source>
        <translation>Gall taliadau effeithio ar fudd-daliadau; gallwch gymryd taleb neu wrthod.</translation>
    </message>
    <message>
        <source> weeks before</source>
        <translation> wythnos cyn</translation>
    </message>
    <message>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <source>&amp;Rate for time</source>
        <translation>&amp;Cyfradd am amser</translation>
    </message>
    <message>
        <source>In the public &amp;record</source>
        <translation>Yn y &amp;cofnod cyhoeddus</translation>
    </message>
    <message>
        <source>&amp;Note for participants</source>
        <translation>&amp;Nodyn i gyfranogwyr</translation>
    </message>
    <message>
        <source>&amp;Link for participants</source>
        <translation>&amp;Dolen i gyfranogwyr</translation>
    </message>
    <message>
        <source>Book &amp;interpreters</source>
        <translation>Trefnu &amp;dehonglwyr</translation>
    </message>
    <message>
        <source>Payment &amp;overdue after</source>
        <translation>Taliad yn &amp;hwyr ar ôl</translation>
    </message>
    <message>
        <source>The record says only what everyone was offered, never who was paid what. The app gives no benefits advice: the note and link are yours.</source>
        <translation>Mae&apos;r cofnod yn dweud dim ond beth a gynigiwyd i bawb, byth pwy a dalwyd beth. Nid yw&apos;r ap yn rhoi cyngor ar fudd-daliadau: chi biau&apos;r nodyn a&apos;r ddolen.</translation>
    </message>
</context>
<context>
    <name>LaneHeader</name>
    <message>
        <source>1 note written quietly · tap to reveal</source>
        <translation>1 nodyn wedi&apos;i ysgrifennu&apos;n dawel · tapiwch i&apos;w ddatgelu</translation>
    </message>
    <message>
        <source>{count} notes written quietly · tap to reveal</source>
        <translation>Nodiadau wedi&apos;u hysgrifennu&apos;n dawel: {count} · tapiwch i&apos;w datgelu</translation>
    </message>
</context>
<context>
    <name>LiveDevices</name>
    <message>
        <source>Phones:</source>
        <translation>Ffonau:</translation>
    </message>
    <message>
        <source>Phones that have joined</source>
        <translation>Ffonau sydd wedi ymuno</translation>
    </message>
    <message>
        <source>Phones are joining faster than people can scan a code. If this is not the room, close live participation and open it again for a new code.</source>
        <translation>Mae ffonau&apos;n ymuno&apos;n gyflymach nag y gall pobl sganio cod. Os nad yr ystafell yw hyn, caewch y cyfranogi byw a&apos;i agor eto i gael cod newydd.</translation>
    </message>
    <message>
        <source>Sign &amp;out phone</source>
        <translation>&amp;Allgofnodi&apos;r ffôn</translation>
    </message>
    <message>
        <source>The phone&apos;s sign-in stops working; it can join again with the code</source>
        <translation>Mae mewngofnod y ffôn yn peidio â gweithio; gall ymuno eto gyda&apos;r cod</translation>
    </message>
    <message>
        <source>&amp;Block phone</source>
        <translation>&amp;Rhwystro&apos;r ffôn</translation>
    </message>
    <message>
        <source>Stop this phone: it cannot send anything or join again</source>
        <translation>Atal y ffôn hwn: ni all anfon dim nac ymuno eto</translation>
    </message>
    <message>
        <source>Count as taking part</source>
        <translation>Cyfrif fel un sy&apos;n cymryd rhan</translation>
    </message>
    <message>
        <source>This person was here although their phone has not added anything</source>
        <translation>Roedd y person hwn yma er nad yw ei ffôn wedi ychwanegu dim</translation>
    </message>
    <message>
        <source>Registered person to link the phone to</source>
        <translation>Y person cofrestredig i gysylltu&apos;r ffôn ag ef</translation>
    </message>
    <message>
        <source>&amp;Link to person</source>
        <translation>&amp;Cysylltu â pherson</translation>
    </message>
    <message>
        <source>The phone was this registered person: their notes and dots become theirs</source>
        <translation>Y person cofrestredig hwn oedd y ffôn: mae ei nodiadau a&apos;i ddotiau&apos;n dod yn eiddo iddo</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>wedi&apos;i rwystro</translation>
    </message>
    <message>
        <source>notes sent: {count}</source>
        <translation>nodiadau wedi&apos;u hanfon: {count}</translation>
    </message>
    <message>
        <source>has voted</source>
        <translation>wedi pleidleisio</translation>
    </message>
    <message>
        <source>counted as taking part</source>
        <translation>wedi&apos;i gyfrif fel un sy&apos;n cymryd rhan</translation>
    </message>
    <message>
        <source>joined, has not added anything</source>
        <translation>wedi ymuno, heb ychwanegu dim</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Close live participation?</source>
        <translation>Cau cyfranogi byw?</translation>
    </message>
    <message>
        <source>1 phone is joined. Closing disconnects it and its code stops working.</source>
        <translation>Mae 1 ffôn wedi ymuno. Mae cau yn ei ddatgysylltu ac mae ei god yn peidio â gweithio.</translation>
    </message>
    <message>
        <source>{count} phones are joined. Closing disconnects them all and the code stops working.</source>
        <translation>Mae {count} ffôn wedi ymuno. Mae cau yn eu datgysylltu i gyd ac mae’r cod yn peidio â gweithio.</translation>
    </message>
    <message>
        <source>&amp;Close for everyone</source>
        <translation>&amp;Cau i bawb</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>Ca&amp;dw ar agor</translation>
    </message>
    <message>
        <source>Network to listen on</source>
        <translation>Rhwydwaith i wrando arno</translation>
    </message>
    <message>
        <source>The network the phones are on; the room&apos;s Wi-Fi, not this computer only</source>
        <translation>Y rhwydwaith y mae&apos;r ffonau arno; Wi-Fi yr ystafell, nid y cyfrifiadur hwn yn unig</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Rhwydwaith:</translation>
    </message>
    <message>
        <source>QR code to join from a phone</source>
        <translation>Cod QR i ymuno o ffôn</translation>
    </message>
    <message>
        <source>&amp;Code for:</source>
        <translation>&amp;Cod ar gyfer:</translation>
    </message>
    <message>
        <source>Whose join code to show</source>
        <translation>Cod ymuno pwy i&apos;w ddangos</translation>
    </message>
    <message>
        <source>Each table scans its own code; its phones&apos; notes land on that table</source>
        <translation>Mae pob bwrdd yn sganio ei god ei hun; mae nodiadau ei ffonau&apos;n glanio ar y bwrdd hwnnw</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Cymedroli</translation>
    </message>
    <message>
        <source>&amp;Hold notes from phones until I approve them</source>
        <translation>&amp;Dal nodiadau o ffonau nes i mi eu cymeradwyo</translation>
    </message>
    <message>
        <source>Notes from phones wait here and reach the board only when you approve them</source>
        <translation>Mae nodiadau o ffonau&apos;n aros yma ac yn cyrraedd y bwrdd dim ond pan fyddwch chi&apos;n eu cymeradwyo</translation>
    </message>
    <message>
        <source>Any &amp;phone may send photos of paper</source>
        <translation>Caiff unrhyw &amp;ffôn anfon lluniau o bapur</translation>
    </message>
    <message>
        <source>Send photos from &amp;your phone…</source>
        <translation>Anfon lluniau o&apos;ch &amp;ffôn…</translation>
    </message>
    <message>
        <source>Shows a QR code here, on this computer only, for your own phone to scan</source>
        <translation>Yn dangos cod QR yma, ar y cyfrifiadur hwn yn unig, i&apos;ch ffôn eich hun ei sganio</translation>
    </message>
    <message>
        <source>Notes from phones:</source>
        <translation>Nodiadau o ffonau:</translation>
    </message>
    <message>
        <source>Notes from phones</source>
        <translation>Nodiadau o ffonau</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>C&amp;ymeradwyo</translation>
    </message>
    <message>
        <source>Put the selected waiting note on the board</source>
        <translation>Rhoi&apos;r nodyn a ddewiswyd sy&apos;n aros ar y bwrdd</translation>
    </message>
    <message>
        <source>&amp;Remove note</source>
        <translation>&amp;Tynnu&apos;r nodyn</translation>
    </message>
    <message>
        <source>Delete the selected note from the board</source>
        <translation>Dileu&apos;r nodyn a ddewiswyd o&apos;r bwrdd</translation>
    </message>
    <message>
        <source>&amp;Close live participation</source>
        <translation>&amp;Cau cyfranogi byw</translation>
    </message>
    <message>
        <source>&amp;Open live participation</source>
        <translation>&amp;Agor cyfranogi byw</translation>
    </message>
    <message>
        <source>Stop phones joining; every code and link stops working</source>
        <translation>Atal ffonau rhag ymuno; mae pob cod a dolen yn peidio â gweithio</translation>
    </message>
    <message>
        <source>Let people add notes and vote from their phones on this network</source>
        <translation>Gadael i bobl ychwanegu nodiadau a phleidleisio o&apos;u ffonau ar y rhwydwaith hwn</translation>
    </message>
    <message>
        <source>Live: {session}</source>
        <translation>Byw: {session}</translation>
    </message>
    <message>
        <source>Not live. Session: {session}</source>
        <translation>Ddim yn fyw. Sesiwn: {session}</translation>
    </message>
    <message>
        <source>Not live.</source>
        <translation>Ddim yn fyw.</translation>
    </message>
    <message>
        <source>Open a session first; then phones can join it.</source>
        <translation>Agorwch sesiwn yn gyntaf; yna gall ffonau ymuno â hi.</translation>
    </message>
    <message>
        <source>Open live participation and show the QR code: people scan it or type the address and code to add notes and vote from their own phones.</source>
        <translation>Agorwch gyfranogi byw a dangoswch y cod QR: mae pobl yn ei sganio neu&apos;n teipio&apos;r cyfeiriad a&apos;r cod i ychwanegu nodiadau a phleidleisio o&apos;u ffonau eu hunain.</translation>
    </message>
    <message>
        <source>The whole room (plenary)</source>
        <translation>Yr ystafell gyfan (sesiwn lawn)</translation>
    </message>
    <message>
        <source>Go to {address}</source>
        <translation>Ewch i {address}</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Cod: {code}</translation>
    </message>
    <message>
        <source>Without this, only tables&apos; hosts and your own phone may; the notes found always wait for your review</source>
        <translation>Heb hyn, dim ond gwesteiwyr y byrddau a&apos;ch ffôn eich hun a gaiff; mae&apos;r nodiadau a ganfyddir bob amser yn aros i chi eu hadolygu</translation>
    </message>
    <message>
        <source>1 person has joined: {roles}.</source>
        <translation>Mae 1 person wedi ymuno: {roles}.</translation>
    </message>
    <message>
        <source>{count} people have joined: {roles}.</source>
        <translation>Pobl sydd wedi ymuno: {count} ({roles}).</translation>
    </message>
    <message>
        <source>Nobody has joined yet.</source>
        <translation>Does neb wedi ymuno eto.</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Yn aros:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Co-design workshop</source>
        <translation>Gweithdy cyd-ddylunio</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Mae pob newid wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Opening your workshops…</source>
        <translation>Wrthi&apos;n agor eich gweithdai…</translation>
    </message>
    <message>
        <source>Choose a session on the left, or create one with File › New session.</source>
        <translation>Dewiswch sesiwn ar y chwith, neu crëwch un drwy Ffeil › Sesiwn newydd.</translation>
    </message>
    <message>
        <source>Live participation</source>
        <translation>Cyfranogi byw</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Yn barod</translation>
    </message>
    <message>
        <source>Close this panel</source>
        <translation>Cau’r panel hwn</translation>
    </message>
    <message>
        <source>Float this panel</source>
        <translation>Gwneud y panel hwn yn ffenestr ar wahân</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Export board image…</source>
        <translation>Allforio delwedd o&apos;r &amp;bwrdd…</translation>
    </message>
    <message>
        <source>Save the board as PNG or SVG</source>
        <translation>Cadw&apos;r bwrdd fel PNG neu SVG</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>&amp;Golygu&apos;r nodyn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>D&amp;ileu</translation>
    </message>
    <message>
        <source>Record &amp;dots from the room…</source>
        <translation>Cofnodi &amp;dotiau o&apos;r ystafell…</translation>
    </message>
    <message>
        <source>&amp;Board as a list</source>
        <translation>Y &amp;bwrdd fel rhestr</translation>
    </message>
    <message>
        <source>Change &amp;speaker…</source>
        <translation>Newid y &amp;siaradwr…</translation>
    </message>
    <message>
        <source>Select &amp;all notes</source>
        <translation>Dewis pob &amp;nodyn</translation>
    </message>
    <message>
        <source>&amp;Group into theme…</source>
        <translation>&amp;Grwpio yn thema…</translation>
    </message>
    <message>
        <source>Re&amp;name theme…</source>
        <translation>Ail&amp;enwi&apos;r thema…</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>&amp;Dadgrwpio</translation>
    </message>
    <message>
        <source>&amp;Add column…</source>
        <translation>&amp;Ychwanegu colofn…</translation>
    </message>
    <message>
        <source>&amp;Rename column…</source>
        <translation>&amp;Ailenwi&apos;r golofn…</translation>
    </message>
    <message>
        <source>Move column &amp;left</source>
        <translation>Symud y golofn i&apos;r &amp;chwith</translation>
    </message>
    <message>
        <source>Move column &amp;right</source>
        <translation>Symud y golofn i&apos;r dd&amp;e</translation>
    </message>
    <message>
        <source>Re&amp;move column…</source>
        <translation>&amp;Tynnu&apos;r golofn…</translation>
    </message>
    <message>
        <source>&amp;Tables…</source>
        <translation>&amp;Byrddau…</translation>
    </message>
    <message>
        <source>Add the room&apos;s tables and harvest them into the plenary</source>
        <translation>Ychwanegu byrddau&apos;r ystafell a&apos;u casglu i&apos;r sesiwn lawn</translation>
    </message>
    <message>
        <source>Tables &amp;overview</source>
        <translation>&amp;Trosolwg o&apos;r byrddau</translation>
    </message>
    <message>
        <source>Every table&apos;s notes as a small board, live</source>
        <translation>Nodiadau pob bwrdd fel bwrdd bach, yn fyw</translation>
    </message>
    <message>
        <source>Mark for the &amp;plenary</source>
        <translation>Marcio ar gyfer y sesiwn &amp;lawn</translation>
    </message>
    <message>
        <source>Unmark for the plenary</source>
        <translation>Dad-farcio ar gyfer y sesiwn lawn</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Chwyddo i &amp;mewn</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Chwyddo &amp;allan</translation>
    </message>
    <message>
        <source>&amp;Fit board</source>
        <translation>Ffitio&apos;r &amp;bwrdd</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Sgrin &amp;lawn</translation>
    </message>
    <message>
        <source>&amp;Capture a note</source>
        <translation>&amp;Cofnodi nodyn</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Canfod</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>Re&amp;colour</source>
        <translation>&amp;Lliw</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Bwrdd</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Gw&amp;eld</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;Guides for each role</source>
        <translation>&amp;Canllawiau ar gyfer pob rôl</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bwrdd</translation>
    </message>
    <message>
        <source>&amp;Language of the note</source>
        <translation>&amp;Iaith y nodyn</translation>
    </message>
    <message>
        <source>Live: {session} · 1 phone joined</source>
        <translation>Byw: {session} · 1 ffôn wedi ymuno</translation>
    </message>
    <message>
        <source>Live: {session} · {count} phones joined</source>
        <translation>Byw: {session} · {count} ffôn wedi ymuno</translation>
    </message>
    <message>
        <source>Group into theme</source>
        <translation>Grwpio yn thema</translation>
    </message>
    <message>
        <source>Name of the theme:</source>
        <translation>Enw&apos;r thema:</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Ychwanegu colofn</translation>
    </message>
    <message>
        <source>Prompt for the new column:</source>
        <translation>Cwestiwn ar gyfer y golofn newydd:</translation>
    </message>
    <message>
        <source>Its 1 note goes with it; Undo brings it back.</source>
        <translation>Mae ei 1 nodyn yn mynd gyda hi; mae Dadwneud yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Its {count} notes go with it; Undo brings them back.</source>
        <translation>Mae ei nodiadau ({count}) yn mynd gyda hi; mae Dadwneud yn dod â nhw&apos;n ôl.</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Tynnu colofn</translation>
    </message>
    <message>
        <source>Remove the column “{column}”?</source>
        <translation>Tynnu&apos;r golofn “{column}”?</translation>
    </message>
    <message>
        <source>Export board image</source>
        <translation>Allforio delwedd o&apos;r bwrdd</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Delwedd PNG (*.png);;Llun SVG (*.svg)</translation>
    </message>
    <message>
        <source>Saved the board image as {file}</source>
        <translation>Wedi cadw delwedd y bwrdd fel {file}</translation>
    </message>
</context>
<context>
    <name>MiniBoard</name>
    <message numerus="yes">
        <source>+ %n earlier</source>
        <translation>
            <numerusform>+ %n cynharach</numerusform>
            <numerusform>+ %n cynharach</numerusform>
            <numerusform>+ %n cynharach</numerusform>
            <numerusform>+ %n cynharach</numerusform>
            <numerusform>+ %n cynharach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Sesiwn newydd</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Dull</translation>
    </message>
    <message>
        <source>Prompts:</source>
        <translation>Cwestiynau:</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Gweithdy newydd</translation>
    </message>
    <message>
        <source>e.g. Home care in Riverside</source>
        <translation>e.e. Gofal cartref yn Glan yr Afon</translation>
    </message>
    <message>
        <source>e.g. Riverside Council</source>
        <translation>e.e. Cyngor Glan yr Afon</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Sefydliad</translation>
    </message>
</context>
<context>
    <name>NewcomerDialog</name>
    <message>
        <source>Add a newcomer</source>
        <translation>Ychwanegu newydd-ddyfodiad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>They are not named in the record until you ask and they agree (open them in the register to record consent).</source>
        <translation>Ni chânt eu henwi yn y cofnod nes i chi ofyn ac iddyn nhw gytuno (agorwch nhw yn y gofrestr i gofnodi caniatâd).</translation>
    </message>
    <message>
        <source>Add to the register</source>
        <translation>Ychwanegu at y gofrestr</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>HIDDEN</source>
        <translation>CUDD</translation>
    </message>
    <message>
        <source>AWAITING APPROVAL</source>
        <translation>AROS AM GYMERADWYAETH</translation>
    </message>
    <message>
        <source>PRIVATE</source>
        <translation>PREIFAT</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>CAM GWEITHREDU</translation>
    </message>
    <message>
        <source>ACTIONS</source>
        <translation>CAMAU GWEITHREDU</translation>
    </message>
    <message>
        <source>FOR PLENARY</source>
        <translation>AR GYFER Y SESIWN LAWN</translation>
    </message>
    <message>
        <source>IN PLENARY</source>
        <translation>YN Y SESIWN LAWN</translation>
    </message>
    <message>
        <source>Hidden until the facilitator reveals silent writing.</source>
        <translation>Yn gudd nes bydd yr hwylusydd yn datgelu&apos;r ysgrifennu tawel.</translation>
    </message>
    <message>
        <source>Sent from a phone; waiting for approval.</source>
        <translation>Wedi&apos;i anfon o ffôn; yn aros am gymeradwyaeth.</translation>
    </message>
    <message>
        <source>Not for the public record.</source>
        <translation>Nid ar gyfer y cofnod cyhoeddus.</translation>
    </message>
    <message>
        <source>Its table chose it to take to the plenary.</source>
        <translation>Dewisodd ei fwrdd ef i&apos;w gymryd i&apos;r sesiwn lawn.</translation>
    </message>
    <message>
        <source>Taken to the plenary from its table.</source>
        <translation>Wedi&apos;i gymryd i&apos;r sesiwn lawn o&apos;i fwrdd.</translation>
    </message>
    <message>
        <source>Actions from this note: {titles}.</source>
        <translation>Camau gweithredu o’r nodyn hwn: {titles}.</translation>
    </message>
    <message>
        <source>Written at {table}.</source>
        <translation>Ysgrifennwyd wrth {table}.</translation>
    </message>
</context>
<context>
    <name>NowBox</name>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Y cam presennol</translation>
    </message>
    <message>
        <source>◀ &amp;Previous stage</source>
        <translation>◀ Y cam &amp;blaenorol</translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation>Y cam blaenorol</translation>
    </message>
    <message>
        <source>Go back one stage of the agenda.</source>
        <translation>Mynd yn ôl un cam yn yr agenda.</translation>
    </message>
    <message>
        <source>&amp;Next stage ▶</source>
        <translation>Y cam &amp;nesaf ▶</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Y cam nesaf</translation>
    </message>
    <message>
        <source>Move to the next stage of the agenda.</source>
        <translation>Symud i gam nesaf yr agenda.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Amser ar ôl</translation>
    </message>
    <message>
        <source>Timer status</source>
        <translation>Statws yr amserydd</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Dechrau</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Dechrau neu oedi&apos;r amserydd</translation>
    </message>
    <message>
        <source>Starts, pauses or resumes the countdown.</source>
        <translation>Yn dechrau, oedi neu ailddechrau&apos;r cyfrif i lawr.</translation>
    </message>
    <message>
        <source>+1 &amp;min</source>
        <translation>+1 &amp;mun</translation>
    </message>
    <message>
        <source>Add a minute</source>
        <translation>Ychwanegu munud</translation>
    </message>
    <message>
        <source>Adds one minute to the countdown.</source>
        <translation>Yn ychwanegu un munud at y cyfrif i lawr.</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>A&amp;ilosod</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Ailosod yr amserydd</translation>
    </message>
    <message>
        <source>Back to the stage&apos;s planned time, stopped.</source>
        <translation>Yn ôl i amser cynlluniedig y cam, wedi&apos;i stopio.</translation>
    </message>
    <message>
        <source>&amp;Lock the board</source>
        <translation>C&amp;loi&apos;r bwrdd</translation>
    </message>
    <message>
        <source>Lock the board</source>
        <translation>Cloi&apos;r bwrdd</translation>
    </message>
    <message>
        <source>When locked, nobody can add, move or vote until you unlock it.</source>
        <translation>Pan fydd wedi&apos;i gloi, does neb yn gallu ychwanegu, symud na phleidleisio nes i chi ei ddatgloi.</translation>
    </message>
    <message>
        <source>Present (F5)</source>
        <translation>Cyflwyno (F5)</translation>
    </message>
    <message>
        <source>Present on the projector</source>
        <translation>Cyflwyno ar y taflunydd</translation>
    </message>
    <message>
        <source>Shows the projector view full screen on the chosen screen; F5 again stops.</source>
        <translation>Yn dangos golwg y taflunydd ar sgrin lawn ar y sgrin a ddewiswyd; mae F5 eto&apos;n stopio.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Now: {stage}.</source>
        <translation>Nawr: {stage}.</translation>
    </message>
    <message>
        <source>No session open. Open one on the left to run its agenda, timer and projector.</source>
        <translation>Dim sesiwn ar agor. Agorwch un ar y chwith i redeg ei hagenda, ei hamserydd a&apos;i thaflunydd.</translation>
    </message>
    <message>
        <source>No stage set: notes are open, voting is closed.</source>
        <translation>Dim cam wedi&apos;i osod: mae nodiadau ar agor, mae pleidleisio ar gau.</translation>
    </message>
    <message>
        <source>Stage {number} of {total}: {name} ({kind}, {minutes} min planned)</source>
        <translation>Cam {number} o {total}: {name} ({kind}, {minutes} mun wedi&apos;u cynllunio)</translation>
    </message>
    <message>
        <source>Board locked</source>
        <translation>Bwrdd wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Record final</source>
        <translation>Cofnod terfynol</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(wedi&apos;i gloi)</translation>
    </message>
    <message>
        <source>{state}, {time} left</source>
        <translation>{state}, {time} ar ôl</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Oedi</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>A&amp;ilddechrau</translation>
    </message>
    <message>
        <source>Stop presenting (F5)</source>
        <translation>Stopio cyflwyno (F5)</translation>
    </message>
</context>
<context>
    <name>OverduePaymentsDialog</name>
    <message>
        <source>Payments owed</source>
        <translation>Taliadau sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>1 payment owed for more than {days} days</source>
        <translation>1 taliad yn ddyledus ers mwy na {days} diwrnod</translation>
    </message>
    <message>
        <source>{count} payments owed for more than {days} days</source>
        <translation>{count} o daliadau yn ddyledus ers mwy na {days} diwrnod</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Days owed</source>
        <translation>Diwrnodau&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Swm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Open the session and choose Payments and expenses… to settle them.</source>
        <translation>Agorwch y sesiwn a dewiswch Taliadau a threuliau… i&apos;w talu.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Golygu person</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>May be named in the published record</source>
        <translation>Caniateir ei enwi yn y cofnod cyhoeddedig</translation>
    </message>
    <message>
        <source>May be contacted by the organisers</source>
        <translation>Caniateir i&apos;r trefnwyr gysylltu ag ef</translation>
    </message>
    <message>
        <source>May have their contact details shared with other participants</source>
        <translation>Caniateir rhannu ei fanylion cyswllt â chyfranogwyr eraill</translation>
    </message>
    <message>
        <source>Listed under “Stay in touch” in the record only if they also agree to be named, because contact details usually carry a name.</source>
        <translation>Wedi&apos;i restru o dan “Cadw mewn cysylltiad” yn y cofnod dim ond os ydyn nhw hefyd yn cytuno i gael eu henwi, oherwydd bod manylion cyswllt fel arfer yn cynnwys enw.</translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation>E-bost neu ffôn</translation>
    </message>
    <message>
        <source>For example: large print, BSL interpreter, step-free</source>
        <translation>Er enghraifft: print bras, dehonglydd BSL, heb risiau</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Sefydliad</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Cyswllt</translation>
    </message>
    <message>
        <source>&amp;Support needs</source>
        <translation>Anghenion c&amp;ymorth</translation>
    </message>
    <message>
        <source>Support needs are for the organisers only and never leave the app.</source>
        <translation>Mae anghenion cymorth ar gyfer y trefnwyr yn unig a dydyn nhw byth yn gadael yr ap.</translation>
    </message>
    <message>
        <source>Participant (role withheld)</source>
        <translation>Cyfranogwr (rôl wedi&apos;i hatal)</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Here</source>
        <translation>Yma</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Enwir</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>Support needs</source>
        <translation>Anghenion cymorth</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Type a name, Enter to sign in or add a newcomer</source>
        <translation>Teipiwch enw, Enter i gofrestru neu ychwanegu rhywun newydd</translation>
    </message>
    <message>
        <source>Ticks the one person whose name matches, or adds a newcomer with the role</source>
        <translation>Yn ticio&apos;r un person y mae ei enw&apos;n cyfateb, neu&apos;n ychwanegu rhywun newydd gyda&apos;r rôl</translation>
    </message>
    <message>
        <source>Sign in by name</source>
        <translation>Cofrestru wrth enw</translation>
    </message>
    <message>
        <source>People in this workshop</source>
        <translation>Pobl yn y gweithdy hwn</translation>
    </message>
    <message>
        <source>Role of a newcomer added from the box</source>
        <translation>Rôl rhywun newydd a ychwanegir o&apos;r blwch</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Cofrestru</translation>
    </message>
    <message>
        <source>Sign in the person typed in the box (Enter)</source>
        <translation>Cofrestru&apos;r person a deipiwyd yn y blwch (Enter)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ychwanegu…</translation>
    </message>
    <message>
        <source>Register a person with their consent and needs</source>
        <translation>Cofrestru person gyda&apos;i ganiatâd a&apos;i anghenion</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <source>Change the selected person&apos;s entry</source>
        <translation>Newid cofnod y person a ddewiswyd</translation>
    </message>
    <message>
        <source>Their data…</source>
        <translation>Eu data…</translation>
    </message>
    <message>
        <source>Save everything held about this person, to give to them</source>
        <translation>Cadw popeth sydd wedi&apos;i gadw am y person hwn, i&apos;w roi iddo</translation>
    </message>
    <message>
        <source>Access needs…</source>
        <translation>Anghenion mynediad…</translation>
    </message>
    <message>
        <source>What this person told us would help them take part (organisers only)</source>
        <translation>Beth ddywedodd y person hwn a fyddai&apos;n ei helpu i gymryd rhan (trefnwyr yn unig)</translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation>Wedi anfon ymddiheuriadau</translation>
    </message>
    <message>
        <source>The selected person sent apologies for this session (they are not here)</source>
        <translation>Anfonodd y person a ddewiswyd ymddiheuriadau am y sesiwn hon (nid ydyn nhw yma)</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Dileu…</translation>
    </message>
    <message>
        <source>Remove this person from the workshop for good (their right to erasure)</source>
        <translation>Tynnu&apos;r person hwn o&apos;r gweithdy am byth (ei hawl i gael ei ddileu)</translation>
    </message>
    <message>
        <source>{name} is signed in.</source>
        <translation>Mae {name} wedi cofrestru.</translation>
    </message>
    <message>
        <source>Added {name}. Consent is set to no until they agree.</source>
        <translation>Wedi ychwanegu {name}. Mae caniatâd wedi&apos;i osod i na nes iddo gytuno.</translation>
    </message>
    <message>
        <source>{count} people match; type more of the name.</source>
        <translation>Mae {count} o bobl yn cyfateb; teipiwch fwy o&apos;r enw.</translation>
    </message>
    <message>
        <source>Save everything held about this person</source>
        <translation>Cadw popeth sydd wedi&apos;i gadw am y person hwn</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ffeiliau JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved {name}&apos;s information to {file}. It includes their contact details and support needs: give it only to them.</source>
        <translation>Wedi cadw gwybodaeth {name} yn {file}. Mae&apos;n cynnwys ei fanylion cyswllt a&apos;i anghenion cymorth: rhowch hi iddo ef yn unig.</translation>
    </message>
    <message>
        <source>Participant {number} was erased: {summary}.</source>
        <translation>Dilëwyd cyfranogwr {number}: {summary}.</translation>
    </message>
    <message>
        <source>Other notes that mention their name: {count}. Redact them from the board.</source>
        <translation>Nodiadau eraill sy&apos;n sôn am ei enw: {count}. Golygwch nhw ar y bwrdd i guddio&apos;r enw.</translation>
    </message>
    <message>
        <source>{here} of {total} here, {apologies} sent apologies</source>
        <translation>{here} o {total} yma, ymddiheuriadau gan {apologies}</translation>
    </message>
    <message>
        <source>{here} of {total} here</source>
        <translation>{here} o {total} yma</translation>
    </message>
    <message>
        <source>{total} registered</source>
        <translation>Wedi cofrestru: {total}</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Ymddiheuriadau</translation>
    </message>
    <message>
        <source>Sent apologies; tick if they came after all</source>
        <translation>Wedi anfon ymddiheuriadau; ticiwch os daethon nhw wedi&apos;r cyfan</translation>
    </message>
    <message>
        <source>Tick when they arrive</source>
        <translation>Ticiwch pan fyddan nhw&apos;n cyrraedd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
    <message>
        <source>Named in the record</source>
        <translation>Wedi&apos;i enwi yn y cofnod</translation>
    </message>
    <message>
        <source>Shown as Participant {number} in anything shared</source>
        <translation>Yn cael ei ddangos fel Cyfranogwr {number} mewn unrhyw beth a rennir</translation>
    </message>
    <message>
        <source>For the organisers only; never exported</source>
        <translation>Ar gyfer y trefnwyr yn unig; byth yn cael ei allforio</translation>
    </message>
    <message>
        <source>No workshop open</source>
        <translation>Dim gweithdy ar agor</translation>
    </message>
    <message>
        <source>Choose a session on the left to see who is registered and who is here.</source>
        <translation>Dewiswch sesiwn ar y chwith i weld pwy sydd wedi cofrestru a phwy sydd yma.</translation>
    </message>
    <message>
        <source>Nobody registered yet</source>
        <translation>Does neb wedi cofrestru eto</translation>
    </message>
    <message>
        <source>Type a name in the box above and press Enter as people arrive, or use Add… to register someone with their consent.</source>
        <translation>Teipiwch enw yn y blwch uchod a phwyswch Enter wrth i bobl gyrraedd, neu defnyddiwch Ychwanegu… i gofrestru rhywun gyda&apos;i ganiatâd.</translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <source>Payments and expenses: {title}</source>
        <translation>Taliadau a threuliau: {title}</translation>
    </message>
    <message>
        <source>No note for participants is set.</source>
        <translation>Nid oes nodyn i gyfranogwyr wedi&apos;i osod.</translation>
    </message>
    <message>
        <source>Participants are told: {note}</source>
        <translation>Dywedir wrth gyfranogwyr: {note}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Dull</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Treuliau</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Talwyd ar</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Derbynebau</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Taliadau</translation>
    </message>
    <message>
        <source> an hour</source>
        <translation> yr awr</translation>
    </message>
    <message>
        <source>e.g. bus fare, parking, childcare</source>
        <translation>e.e. tocyn bws, parcio, gofal plant</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesiwn</translation>
    </message>
    <message>
        <source>preparation</source>
        <translation>paratoi</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>teithio</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Cyfradd</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Dull</translation>
    </message>
    <message>
        <source>&amp;Expenses</source>
        <translation>&amp;Treuliau</translation>
    </message>
    <message>
        <source>Expenses &amp;note</source>
        <translation>&amp;Nodyn treuliau</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statws</translation>
    </message>
    <message>
        <source>Paid &amp;on</source>
        <translation>Talwyd a&amp;r</translation>
    </message>
    <message>
        <source>Approved &amp;by</source>
        <translation>Cymeradwywyd &amp;gan</translation>
    </message>
    <message>
        <source>New payment</source>
        <translation>Taliad newydd</translation>
    </message>
    <message>
        <source>Save payment</source>
        <translation>Cadw&apos;r taliad</translation>
    </message>
    <message>
        <source>Add receipt photo…</source>
        <translation>Ychwanegu llun derbynneb…</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Tynnu&apos;r taliad</translation>
    </message>
    <message>
        <source>Export CSV for finance…</source>
        <translation>Allforio CSV ar gyfer cyllid…</translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation>Ychwanegu taliad</translation>
    </message>
    <message>
        <source>Choose who the payment is for.</source>
        <translation>Dewiswch i bwy mae&apos;r taliad.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Add a receipt photo</source>
        <translation>Ychwanegu llun derbynneb</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.webp *.pdf)</source>
        <translation>Lluniau a sganiau (*.jpg *.jpeg *.png *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>Methu â darllen {path}: {reason}</translation>
    </message>
    <message>
        <source>Receipt added.</source>
        <translation>Derbynneb wedi&apos;i hychwanegu.</translation>
    </message>
    <message>
        <source>Export payments for finance</source>
        <translation>Allforio taliadau ar gyfer cyllid</translation>
    </message>
    <message>
        <source>Saved the payments to {path}.</source>
        <translation>Cadwyd y taliadau yn {path}.</translation>
    </message>
</context>
<context>
    <name>PhonePhotosDialog</name>
    <message>
        <source>Send photos from your phone</source>
        <translation>Anfon lluniau o&apos;ch ffôn</translation>
    </message>
    <message>
        <source>QR code for the facilitator&apos;s phone</source>
        <translation>Cod QR ar gyfer ffôn yr hwylusydd</translation>
    </message>
    <message>
        <source>Link for the facilitator&apos;s phone</source>
        <translation>Dolen ar gyfer ffôn yr hwylusydd</translation>
    </message>
    <message>
        <source>Keep this to yourself: anyone who scans it can send photos. Do not show it on the projector. It stops working when live participation closes.</source>
        <translation>Cadwch hwn i chi&apos;ch hun: gall unrhyw un sy&apos;n ei sganio anfon lluniau. Peidiwch â&apos;i ddangos ar y taflunydd. Mae&apos;n peidio â gweithio pan fydd cyfranogi byw yn cau.</translation>
    </message>
    <message>
        <source>Open live participation first (the Live panel); then your phone can join here to send photos.</source>
        <translation>Agorwch gyfranogi byw yn gyntaf (y panel Byw); yna gall eich ffôn ymuno yma i anfon lluniau.</translation>
    </message>
    <message>
        <source>Scan this with your own phone to send photos of sticky notes and flipcharts from it. The notes found wait here for your review.</source>
        <translation>Sganiwch hwn gyda&apos;ch ffôn eich hun i anfon lluniau o nodiadau gludiog a siartiau troi ohono. Mae&apos;r nodiadau a ganfyddir yn aros yma i chi eu hadolygu.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Add a photo of paper</source>
        <translation>Ychwanegu llun o bapur</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Lluniau (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>That photo could not be read.</source>
        <translation>Nid oedd modd darllen y llun hwnnw.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The language of menus, panels and help. Notes stay as written.</source>
        <translation>Iaith y dewislenni, y paneli a&apos;r cymorth. Mae nodiadau&apos;n aros fel y&apos;u hysgrifennwyd.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cronfa ddata</translation>
    </message>
    <message>
        <source>The file the app opens when none is given. Empty: the usual data folder.</source>
        <translation>Y ffeil y mae&apos;r ap yn ei hagor pan na roddir un. Gwag: y ffolder data arferol.</translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation>Sgrin y taflunydd</translation>
    </message>
    <message>
        <source>Where the projector view opens. Automatic: the other screen.</source>
        <translation>Ble mae golwg y taflunydd yn agor. Awtomatig: y sgrin arall.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>High contrast suits low vision and bright rooms.</source>
        <translation>Mae cyferbyniad uchel yn addas ar gyfer golwg gwan ac ystafelloedd llachar.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>Larger text in menus and panels; the board has its own zoom.</source>
        <translation>Testun mwy mewn dewislenni a phaneli; mae gan y bwrdd ei chwyddo ei hun.</translation>
    </message>
    <message>
        <source>Default template</source>
        <translation>Templed diofyn</translation>
    </message>
    <message>
        <source>The method chosen first when you create a session.</source>
        <translation>Y dull a ddewisir gyntaf pan fyddwch chi&apos;n creu sesiwn.</translation>
    </message>
    <message>
        <source>Network for phones</source>
        <translation>Rhwydwaith ar gyfer ffonau</translation>
    </message>
    <message>
        <source>Which network phones join on. Automatic: the main network.</source>
        <translation>Pa rwydwaith y mae ffonau&apos;n ymuno arno. Awtomatig: y prif rwydwaith.</translation>
    </message>
    <message>
        <source>Port for phones</source>
        <translation>Porth ar gyfer ffonau</translation>
    </message>
    <message>
        <source>0 picks a free port each time; fix one if a firewall needs it.</source>
        <translation>Mae 0 yn dewis porth rhydd bob tro; gosodwch un os oes ei angen ar wal dân.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Present on the projector</source>
        <translation>Cyflwyno ar y taflunydd</translation>
    </message>
    <message>
        <source>Back to the whole board</source>
        <translation>Yn ôl i’r bwrdd cyfan</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Show the whole board</source>
        <translation>Dangos y bwrdd cyfan</translation>
    </message>
    <message>
        <source>Show this column</source>
        <translation>Dangos y golofn hon</translation>
    </message>
    <message>
        <source>Show this theme</source>
        <translation>Dangos y thema hon</translation>
    </message>
    <message>
        <source>Show voting results</source>
        <translation>Dangos canlyniadau&apos;r bleidlais</translation>
    </message>
    <message>
        <source>Show the actions</source>
        <translation>Dangos y camau gweithredu</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Taflunydd</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>Golwg y taflunydd</translation>
    </message>
    <message>
        <source>What the room sees: the board, a column, a theme, results or actions, with the stage and the timer.</source>
        <translation>Beth mae&apos;r ystafell yn ei weld: y bwrdd, colofn, thema, canlyniadau neu gamau gweithredu, gyda&apos;r cam a&apos;r amserydd.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Balance of voice</source>
        <translation>Cydbwysedd lleisiau</translation>
    </message>
    <message>
        <source>Timer status</source>
        <translation>Statws yr amserydd</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Amser ar ôl</translation>
    </message>
    <message>
        <source>Join on your phone</source>
        <translation>Ymunwch ar eich ffôn</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Cod ymuno</translation>
    </message>
    <message>
        <source>Stage {number} of {total}: {name}</source>
        <translation>Cam {number} o {total}: {name}</translation>
    </message>
    <message>
        <source>board locked</source>
        <translation>bwrdd wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Balance of voice: no contributions yet</source>
        <translation>Cydbwysedd lleisiau: dim cyfraniadau eto</translation>
    </message>
    <message>
        <source>Citizen voice {citizen}% · Professional voice {professional}%</source>
        <translation>Llais dinasyddion {citizen}% · Llais proffesiynol {professional}%</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Something went wrong; nothing was changed. The log has details.</source>
        <translation>Aeth rhywbeth o&apos;i le; ni newidiwyd dim. Mae&apos;r manylion yn y log.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Yn stopio…</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Words we explained</source>
        <translation>Geiriau a esboniwyd gennym</translation>
    </message>
    <message>
        <source>No words explained yet.</source>
        <translation>Dim geiriau wedi&apos;u hesbonio eto.</translation>
    </message>
</context>
<context>
    <name>ProjectorScene</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n o nodiadau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) · top {shown} shown</source>
        <translation>
            <numerusform>%n nodyn · y {shown} uchaf i’w gweld</numerusform>
            <numerusform>%n nodyn · y {shown} uchaf i’w gweld</numerusform>
            <numerusform>%n nodyn · y {shown} uchaf i’w gweld</numerusform>
            <numerusform>%n nodyn · y {shown} uchaf i’w gweld</numerusform>
            <numerusform>%n o nodiadau · y {shown} uchaf i’w gweld</numerusform>
        </translation>
    </message>
    <message>
        <source>No theme yet</source>
        <translation>Dim thema eto</translation>
    </message>
    <message>
        <source>part {part} of {parts}</source>
        <translation>rhan {part} o {parts}</translation>
    </message>
    <message>
        <source>Table {number} of {total} · paused</source>
        <translation>Bwrdd {number} o {total} · wedi oedi</translation>
    </message>
    <message>
        <source>Table {number} of {total} · one at a time</source>
        <translation>Bwrdd {number} o {total} · un ar y tro</translation>
    </message>
    <message>
        <source>Column {number} of {total} · paused</source>
        <translation>Colofn {number} o {total} · wedi oedi</translation>
    </message>
    <message>
        <source>Column {number} of {total} · one at a time</source>
        <translation>Colofn {number} o {total} · un ar y tro</translation>
    </message>
    <message>
        <source>Not in a theme yet</source>
        <translation>Ddim mewn thema eto</translation>
    </message>
</context>
<context>
    <name>ProjectorTab</name>
    <message>
        <source>Projector screen</source>
        <translation>Sgrin y taflunydd</translation>
    </message>
    <message>
        <source>The screen the projector view goes full screen on.</source>
        <translation>Y sgrin lle mae golwg y taflunydd yn llenwi&apos;r sgrin.</translation>
    </message>
    <message>
        <source>Sc&amp;reen:</source>
        <translation>S&amp;grin:</translation>
    </message>
    <message>
        <source>Column to show</source>
        <translation>Colofn i&apos;w dangos</translation>
    </message>
    <message>
        <source>Used by Show this column.</source>
        <translation>Yn cael ei defnyddio gan Dangos y golofn hon.</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Colofn:</translation>
    </message>
    <message>
        <source>Theme to show</source>
        <translation>Thema i&apos;w dangos</translation>
    </message>
    <message>
        <source>Used by Show this theme.</source>
        <translation>Yn cael ei defnyddio gan Dangos y thema hon.</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>Projector text size</source>
        <translation>Maint testun y taflunydd</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Maint y t&amp;estun:</translation>
    </message>
    <message>
        <source>Automatic: whichever shows more notes</source>
        <translation>Awtomatig: pa un bynnag sy’n dangos mwy o nodiadau</translation>
    </message>
    <message>
        <source>Theme cards: title, count and top notes</source>
        <translation>Cardiau thema: teitl, nifer a’r prif nodiadau</translation>
    </message>
    <message>
        <source>One column at a time</source>
        <translation>Un golofn ar y tro</translation>
    </message>
    <message>
        <source>When the board is too big</source>
        <translation>Pan fydd y bwrdd yn rhy fawr</translation>
    </message>
    <message>
        <source>What the projector shows when the notes do not fit on one screen.</source>
        <translation>Beth mae’r taflunydd yn ei ddangos pan nad yw’r nodiadau’n ffitio ar un sgrin.</translation>
    </message>
    <message>
        <source>When the board is too &amp;big:</source>
        <translation>Pan fydd y bwrdd yn rhy &amp;fawr:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Oedi</translation>
    </message>
    <message>
        <source>Pause or resume one column at a time</source>
        <translation>Oedi neu ailddechrau un golofn ar y tro</translation>
    </message>
    <message>
        <source>The projector stays on this column until resumed.</source>
        <translation>Mae’r taflunydd yn aros ar y golofn hon nes ailddechrau.</translation>
    </message>
    <message>
        <source>Previous column</source>
        <translation>Colofn flaenorol</translation>
    </message>
    <message>
        <source>Previous column on the projector</source>
        <translation>Colofn flaenorol ar y taflunydd</translation>
    </message>
    <message>
        <source>Next column</source>
        <translation>Colofn nesaf</translation>
    </message>
    <message>
        <source>Next column on the projector</source>
        <translation>Colofn nesaf ar y taflunydd</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Stop showing one column at a time</source>
        <translation>Peidio â dangos un golofn ar y tro</translation>
    </message>
    <message>
        <source>The projector shows the board as theme cards instead.</source>
        <translation>Mae’r taflunydd yn dangos y bwrdd fel cardiau thema yn lle hynny.</translation>
    </message>
    <message>
        <source>Follow my selection on the projector</source>
        <translation>Dilyn fy newis ar y taflunydd</translation>
    </message>
    <message>
        <source>Selecting a note, column or theme here puts it on the projector; Alt+0 goes back to the whole board.</source>
        <translation>Mae dewis nodyn, colofn neu thema yma yn ei roi ar y taflunydd; mae Alt+0 yn mynd yn ôl i’r bwrdd cyfan.</translation>
    </message>
    <message>
        <source>Sound when the timer reaches zero</source>
        <translation>Sain pan fydd yr amserydd yn cyrraedd sero</translation>
    </message>
    <message>
        <source>Shortcut {keys}.</source>
        <translation>Llwybr byr {keys}.</translation>
    </message>
    <message>
        <source>Projector status</source>
        <translation>Statws y taflunydd</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Ailddechrau</translation>
    </message>
    <message>
        <source>Presenting.</source>
        <translation>Yn cyflwyno.</translation>
    </message>
    <message>
        <source>Projector: {view}.</source>
        <translation>Taflunydd: {view}.</translation>
    </message>
    <message>
        <source>Not presenting.</source>
        <translation>Ddim yn cyflwyno.</translation>
    </message>
    <message>
        <source>Screen {number}: {name} ({width}×{height})</source>
        <translation>Sgrin {number}: {name} ({width}×{height})</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rhoi ar waith</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Feedback questions</source>
        <translation>Cwestiynau adborth</translation>
    </message>
    <message>
        <source>Ask 3 to 6 short questions. Scale questions are answered from “Not at all” to “Yes, completely”; the ladder asks how involved people felt.</source>
        <translation>Gofynnwch 3 i 6 chwestiwn byr. Mae cwestiynau graddfa yn cael eu hateb o “Dim o gwbl” i “Yn llwyr”; mae&apos;r ysgol yn gofyn pa mor gysylltiedig roedd pobl yn teimlo.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Ychwanegu cwestiwn</translation>
    </message>
    <message>
        <source>&amp;Remove question</source>
        <translation>&amp;Tynnu cwestiwn</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Math o gwestiwn</translation>
    </message>
    <message>
        <source>Scale (5 points)</source>
        <translation>Graddfa (5 pwynt)</translation>
    </message>
    <message>
        <source>Ladder of involvement</source>
        <translation>Ysgol cyfranogiad</translation>
    </message>
    <message>
        <source>Words (free text)</source>
        <translation>Geiriau (testun rhydd)</translation>
    </message>
</context>
<context>
    <name>ReachBox</name>
    <message>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <source>Disability or long-term condition</source>
        <translation>Anabledd neu gyflwr hirdymor</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Grŵp ethnig</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Rhyw</translation>
    </message>
    <message>
        <source>Gender same as sex registered at birth</source>
        <translation>Rhywedd yr un fath â&apos;r rhyw a gofrestrwyd adeg geni</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Welsh speaker</source>
        <translation>Siaradwr Cymraeg</translation>
    </message>
    <message>
        <source>Who we heard from: targets for the whole workshop</source>
        <translation>Pwy glywson ni ganddyn nhw: targedau ar gyfer y gweithdy cyfan</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Hyd yma</translation>
    </message>
    <message>
        <source>Monitoring question of the target</source>
        <translation>Cwestiwn monitro y targed</translation>
    </message>
    <message>
        <source>Answer the target counts</source>
        <translation>Yr ateb y mae&apos;r targed yn ei gyfrif</translation>
    </message>
    <message>
        <source>Least share of answers wanted</source>
        <translation>Y gyfran leiaf o atebion sydd ei hangen</translation>
    </message>
    <message>
        <source>&amp;Set target</source>
        <translation>&amp;Gosod targed</translation>
    </message>
    <message>
        <source>Aim for at least this share of answers, e.g. at least 30% carers</source>
        <translation>Anelu at o leiaf y gyfran hon o atebion, e.e. o leiaf 30% yn ofalwyr</translation>
    </message>
    <message>
        <source>Remove tar&amp;get</source>
        <translation>Tynnu&apos;r tar&amp;ged</translation>
    </message>
    <message>
        <source>Open a session to see and set its workshop&apos;s targets.</source>
        <translation>Agorwch sesiwn i weld a gosod targedau ei gweithdy.</translation>
    </message>
    <message>
        <source>Equality monitoring answers added up over this workshop&apos;s sessions (%1 so far), against the share of answers you aim for. Fewer than 5 answers show no numbers.</source>
        <translation>Atebion monitro cydraddoldeb wedi&apos;u hadio dros sesiynau&apos;r gweithdy hwn (%1 hyd yma), o&apos;u cymharu â&apos;r gyfran o atebion rydych chi&apos;n anelu ati. Does dim rhifau pan fo llai na 5 ateb.</translation>
    </message>
    <message>
        <source>No targets yet. Choose a question, an answer and the least share you aim for.</source>
        <translation>Dim targedau eto. Dewiswch gwestiwn, ateb a&apos;r gyfran leiaf rydych chi&apos;n anelu ati.</translation>
    </message>
    <message>
        <source>at least %1%</source>
        <translation>o leiaf %1%</translation>
    </message>
    <message>
        <source>fewer than 5 answered</source>
        <translation>atebodd llai na 5</translation>
    </message>
    <message>
        <source>%1% (met)</source>
        <translation>%1% (wedi cyrraedd)</translation>
    </message>
    <message>
        <source>%1% (not yet)</source>
        <translation>%1% (ddim eto)</translation>
    </message>
    <message>
        <source>without sessions under 5 answers</source>
        <translation>heb sesiynau â llai na 5 ateb</translation>
    </message>
    <message>
        <source>Set a reach target</source>
        <translation>Gosod targed cyrhaeddiad</translation>
    </message>
    <message>
        <source>Remove a reach target</source>
        <translation>Tynnu targed cyrhaeddiad</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; This record can be looked at but not changed, because its file cannot be written to. To work on it, save a copy (File › Back up now…) and open that.</source>
        <translation>&lt;b&gt;Darllen yn unig.&lt;/b&gt; Gellir edrych ar y cofnod hwn ond nid ei newid, oherwydd nad oes modd ysgrifennu i&apos;w ffeil. I weithio arno, cadwch gopi (Ffeil › Gwneud copi wrth gefn nawr…) ac agorwch hwnnw.</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <source>Protect this note in exports</source>
        <translation>Diogelu&apos;r nodyn hwn mewn allforion</translation>
    </message>
    <message>
        <source>Original (kept inside the app):</source>
        <translation>Gwreiddiol (wedi&apos;i gadw yn yr ap):</translation>
    </message>
    <message>
        <source>Not for the public record: leave it out of every export</source>
        <translation>Nid ar gyfer y cofnod cyhoeddus: ei adael allan o bob allforiad</translation>
    </message>
    <message>
        <source>Text exports show (remove a name or a health detail, e.g. replace it with [name]):</source>
        <translation>Mae allforion testun yn dangos (tynnwch enw neu fanylyn iechyd, e.e. rhowch [enw] yn ei le):</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Dangos y gwreiddiol</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Backups of a shared database are made on its server, not by this app.</source>
        <translation>Mae copïau wrth gefn o gronfa ddata a rennir yn cael eu gwneud ar ei gweinydd, nid gan yr ap hwn.</translation>
    </message>
    <message>
        <source>{file} is a folder; choose a file name.</source>
        <translation>Ffolder yw {file}; dewiswch enw ffeil.</translation>
    </message>
    <message>
        <source>{file} is the open workshop database or one of its working files, so nothing was written; choose another file.</source>
        <translation>{file} yw&apos;r gronfa ddata gweithdy sydd ar agor neu un o&apos;i ffeiliau gwaith, felly ni ysgrifennwyd dim; dewiswch ffeil arall.</translation>
    </message>
    <message>
        <source>{file} is inside the database&apos;s backups folder, so nothing was written; choose another folder.</source>
        <translation>Mae {file} y tu mewn i ffolder copïau wrth gefn y gronfa ddata, felly ni ysgrifennwyd dim; dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>Ni ellir ysgrifennu {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file, so nothing was written to it.</source>
        <translation>Nid yw {file} yn ffeil gyffredin, felly ni ysgrifennwyd dim iddi.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Nid yw&apos;r ffolder {folder} yn bodoli.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}.</source>
        <translation>Ni ellir ysgrifennu yn {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}.</source>
        <translation>Methwyd ysgrifennu {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>Ffolder yw {file}, nid ffeil.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file.</source>
        <translation>Nid yw {file} yn ffeil gyffredin.</translation>
    </message>
    <message>
        <source>{file} is too large to be a workshop file.</source>
        <translation>Mae {file} yn rhy fawr i fod yn ffeil gweithdy.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Nid oes ffeil {file}.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>Ni ellir darllen {file}: {reason}.</translation>
    </message>
    <message>
        <source>The backup could not be made: {reason}.</source>
        <translation>Nid oedd modd gwneud y copi wrth gefn: {reason}.</translation>
    </message>
    <message>
        <source>This database is open read-only, so it cannot be restored into.</source>
        <translation>Mae&apos;r gronfa ddata hon ar agor i&apos;w darllen yn unig, felly ni ellir adfer iddi.</translation>
    </message>
    <message>
        <source>That is the database that is open now, not a backup.</source>
        <translation>Dyna&apos;r gronfa ddata sydd ar agor nawr, nid copi wrth gefn.</translation>
    </message>
    <message>
        <source>There is no backup file {file}.</source>
        <translation>Does dim ffeil wrth gefn {file}.</translation>
    </message>
    <message>
        <source>The record of this session is final; unlock it before changing it.</source>
        <translation>Mae cofnod y sesiwn hon yn derfynol; datgloi&apos;r cofnod cyn ei newid.</translation>
    </message>
    <message>
        <source>The facilitator has locked the board.</source>
        <translation>Mae&apos;r hwylusydd wedi cloi&apos;r bwrdd.</translation>
    </message>
    <message>
        <source>Adding notes is closed during the stage “{name}”.</source>
        <translation>Does dim modd ychwanegu nodiadau yn ystod y cam “{name}”.</translation>
    </message>
    <message>
        <source>The record of this session is final; voting is closed.</source>
        <translation>Mae cofnod y sesiwn hon yn derfynol; mae&apos;r pleidleisio wedi cau.</translation>
    </message>
    <message>
        <source>The facilitator has locked the board; voting is paused.</source>
        <translation>Mae&apos;r hwylusydd wedi cloi&apos;r bwrdd; mae&apos;r pleidleisio wedi&apos;i oedi.</translation>
    </message>
    <message>
        <source>Voting is closed; it opens when the facilitator starts prioritising.</source>
        <translation>Mae&apos;r pleidleisio ar gau; bydd yn agor pan fydd yr hwylusydd yn dechrau blaenoriaethu.</translation>
    </message>
    <message>
        <source>Say why the action was dropped; a dropped action needs a reason.</source>
        <translation>Dywedwch pam y cafodd y cam gweithredu ei ollwng; mae angen rheswm dros ollwng cam gweithredu.</translation>
    </message>
    <message>
        <source>The due date {value} is not a real date; write it as YYYY-MM-DD, e.g. 2027-03-31.</source>
        <translation>Nid yw&apos;r dyddiad cau {value} yn ddyddiad go iawn; ysgrifennwch ef fel BBBB-MM-DD, e.e. 2027-03-31.</translation>
    </message>
    <message>
        <source>That theme has no notes to make an action from.</source>
        <translation>Does dim nodiadau yn y thema honno i greu cam gweithredu ohonyn nhw.</translation>
    </message>
    <message>
        <source>Someone else changed this action since you opened it; your change was not applied so theirs is not lost.</source>
        <translation>Mae rhywun arall wedi newid y cam gweithredu hwn ers i chi ei agor; ni chafodd eich newid ei gadw, fel nad yw eu newid nhw&apos;n cael ei golli.</translation>
    </message>
    <message>
        <source>That session belongs to another workshop.</source>
        <translation>Mae&apos;r sesiwn honno&apos;n perthyn i weithdy arall.</translation>
    </message>
    <message>
        <source>An action that is {current} cannot become {wanted}.</source>
        <translation>Statws y cam gweithredu yw “{current}”; ni all newid i “{wanted}”.</translation>
    </message>
    <message>
        <source>The record of this session is final; unlock it to change actions.</source>
        <translation>Mae cofnod y sesiwn hon yn derfynol; datgloi&apos;r cofnod i newid camau gweithredu.</translation>
    </message>
    <message>
        <source>The {what} is not on the participant register.</source>
        <translation>{what}: nid yw&apos;r person hwn ar y gofrestr cyfranogwyr.</translation>
    </message>
    <message>
        <source>The {what} must be someone registered for this workshop; that person is on another workshop&apos;s register.</source>
        <translation>{what}: rhaid dewis rhywun sydd wedi&apos;i gofrestru ar gyfer y gweithdy hwn; mae&apos;r person hwnnw ar gofrestr gweithdy arall.</translation>
    </message>
    <message>
        <source>Source notes are given by their ids.</source>
        <translation>Rhoddir y nodiadau ffynhonnell yn ôl eu rhifau adnabod.</translation>
    </message>
    <message>
        <source>There is no {what} with id {id}.</source>
        <translation>Does dim {what} â&apos;r rhif adnabod {id}.</translation>
    </message>
    <message>
        <source>Note {id} belongs to another workshop; an action can only come from this workshop&apos;s notes.</source>
        <translation>Mae nodyn {id} yn perthyn i weithdy arall; dim ond o nodiadau&apos;r gweithdy hwn y gall cam gweithredu ddod.</translation>
    </message>
    <message>
        <source>There is no such {what}; its id must be a whole number.</source>
        <translation>Does dim {what} o&apos;r fath; rhaid i&apos;r rhif adnabod fod yn rhif cyfan.</translation>
    </message>
    <message>
        <source>A colour is written as #RRGGBB.</source>
        <translation>Ysgrifennir lliw fel #RRGGBB.</translation>
    </message>
    <message>
        <source>That column belongs to another session.</source>
        <translation>Mae&apos;r golofn honno&apos;n perthyn i sesiwn arall.</translation>
    </message>
    <message>
        <source>That theme belongs to another session.</source>
        <translation>Mae&apos;r thema honno&apos;n perthyn i sesiwn arall.</translation>
    </message>
    <message>
        <source>Say who said it: choose a participant or a role.</source>
        <translation>Dywedwch pwy a&apos;i dywedodd: dewiswch gyfranogwr neu rôl.</translation>
    </message>
    <message>
        <source>That participant is not registered for this workshop.</source>
        <translation>Nid yw&apos;r cyfranogwr hwnnw wedi&apos;i gofrestru ar gyfer y gweithdy hwn.</translation>
    </message>
    <message>
        <source>That table belongs to another session.</source>
        <translation>Mae&apos;r bwrdd hwnnw&apos;n perthyn i sesiwn arall.</translation>
    </message>
    <message>
        <source>Someone else changed this note since you opened it; your move was not applied so theirs is not lost.</source>
        <translation>Mae rhywun arall wedi newid y nodyn hwn ers i chi ei agor; ni chafodd eich symudiad ei gadw, fel nad yw eu newid nhw&apos;n cael ei golli.</translation>
    </message>
    <message>
        <source>The record of this session is final; reopen it to change it.</source>
        <translation>Mae cofnod y sesiwn hon yn derfynol; ailagorwch ef i’w newid.</translation>
    </message>
    <message>
        <source>Only notes that are in the public record can be quoted.</source>
        <translation>Dim ond nodiadau sydd yn y cofnod cyhoeddus y gellir eu dyfynnu.</translation>
    </message>
    <message>
        <source>That note is already on the board.</source>
        <translation>Mae&apos;r nodyn hwnnw ar y bwrdd yn barod.</translation>
    </message>
    <message>
        <source>Select at least one note to group.</source>
        <translation>Dewiswch o leiaf un nodyn i&apos;w grwpio.</translation>
    </message>
    <message>
        <source>Those notes belong to another session.</source>
        <translation>Mae&apos;r nodiadau hynny&apos;n perthyn i sesiwn arall.</translation>
    </message>
    <message>
        <source>Someone else changed this note since you opened it; your edit was not applied so theirs is not lost.</source>
        <translation>Mae rhywun arall wedi newid y nodyn hwn ers i chi ei agor; ni chafodd eich golygiad ei gadw, fel nad yw eu newid nhw&apos;n cael ei golli.</translation>
    </message>
    <message>
        <source>{label} must be yes or no.</source>
        <translation>{label}: rhaid ateb ie neu na.</translation>
    </message>
    <message>
        <source>That person is registered for another workshop.</source>
        <translation>Mae&apos;r person hwnnw wedi&apos;i gofrestru ar gyfer gweithdy arall.</translation>
    </message>
    <message>
        <source>Only a phone can be linked to a person.</source>
        <translation>Dim ond ffôn y gellir ei gysylltu â pherson.</translation>
    </message>
    <message>
        <source>The record was erased but {count} backup file(s) could not be deleted.</source>
        <translation>Cafodd y cofnod ei ddileu, ond nid oedd modd dileu {count} ffeil wrth gefn.</translation>
    </message>
    <message>
        <source>The facilitator must be a participant.</source>
        <translation>Rhaid i&apos;r hwylusydd fod yn gyfranogwr.</translation>
    </message>
    <message>
        <source>The record of this session is final; unlock it to change it.</source>
        <translation>Mae cofnod y sesiwn hon yn derfynol; datgloi&apos;r cofnod i&apos;w newid.</translation>
    </message>
    <message>
        <source>That stage is not on this session&apos;s agenda.</source>
        <translation>Nid yw&apos;r cam hwnnw ar agenda&apos;r sesiwn hon.</translation>
    </message>
    <message>
        <source>The record of this session is already final; reopen it before checking it again.</source>
        <translation>Mae cofnod y sesiwn hon eisoes yn derfynol; ailagorwch ef cyn ei wirio eto.</translation>
    </message>
    <message>
        <source>This record is still a draft; there is nothing to unlock.</source>
        <translation>Drafft yw&apos;r cofnod hwn o hyd; does dim i&apos;w ddatgloi.</translation>
    </message>
    <message>
        <source>The facilitator is registered for another workshop.</source>
        <translation>Mae&apos;r hwylusydd wedi&apos;i gofrestru ar gyfer gweithdy arall.</translation>
    </message>
    <message>
        <source>That note is on another session&apos;s board.</source>
        <translation>Mae&apos;r nodyn hwnnw ar fwrdd sesiwn arall.</translation>
    </message>
    <message>
        <source>That note is not on the board yet.</source>
        <translation>Nid yw&apos;r nodyn hwnnw ar y bwrdd eto.</translation>
    </message>
    <message>
        <source>All {count} dots have been used; take one back to vote again.</source>
        <translation>Mae pob un o&apos;r {count} dot wedi&apos;u defnyddio; tynnwch un yn ôl i bleidleisio eto.</translation>
    </message>
    <message>
        <source>That person has no dot on that note to take back.</source>
        <translation>Does gan y person hwnnw ddim dot ar y nodyn hwnnw i&apos;w dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>This database is open read-only, so the change was not saved; open a copy you can write to.</source>
        <translation>Mae&apos;r gronfa ddata hon ar agor i&apos;w darllen yn unig, felly ni chafodd y newid ei gadw; agorwch gopi y gallwch ysgrifennu iddo.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time; reload it and try again.</source>
        <translation>Newidiodd rhywun arall hwn ar yr un pryd; llwythwch ef eto a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved; free some space and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly ni chafodd y newid ei gadw; rhyddhewch le a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The disk could not be written (an I/O error), so the change was not saved.</source>
        <translation>Nid oedd modd ysgrifennu i&apos;r ddisg (gwall mewnbwn/allbwn), felly ni chafodd y newid ei gadw.</translation>
    </message>
    <message>
        <source>The database cannot be written to, so the change was not saved.</source>
        <translation>Ni ellir ysgrifennu i&apos;r gronfa ddata, felly ni chafodd y newid ei gadw.</translation>
    </message>
    <message>
        <source>The database is busy in another program; the change was not saved, try again.</source>
        <translation>Mae&apos;r gronfa ddata yn brysur mewn rhaglen arall; ni chafodd y newid ei gadw, rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The database could not save the change; nothing was lost, try again.</source>
        <translation>Nid oedd modd i&apos;r gronfa ddata gadw&apos;r newid; does dim wedi&apos;i golli, rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Could not connect to the database server; check the address, user and password.</source>
        <translation>Methu cysylltu â gweinydd y gronfa ddata; gwiriwch y cyfeiriad, y defnyddiwr a&apos;r cyfrinair.</translation>
    </message>
    <message>
        <source>The database could not be upgraded (each upgrade runs in one transaction, so nothing changed); check that your database role may create and alter tables.</source>
        <translation>Nid oedd modd uwchraddio&apos;r gronfa ddata (mae pob uwchraddiad yn rhedeg mewn un trafodyn, felly ni newidiodd dim); gwiriwch fod eich rôl yn y gronfa ddata yn cael creu a newid tablau.</translation>
    </message>
    <message>
        <source>{file} belongs to another application, so it was not opened or changed.</source>
        <translation>Mae {file} yn perthyn i raglen arall, felly ni chafodd ei agor na&apos;i newid.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of this app; update the app to open it.</source>
        <translation>Cafodd {file} ei wneud gan fersiwn mwy newydd o&apos;r ap hwn; diweddarwch yr ap i&apos;w agor.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a workshop database.</source>
        <translation>Ffolder yw {file}, nid cronfa ddata gweithdy.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file, so it was not opened.</source>
        <translation>Nid yw {file} yn ffeil gyffredin, felly ni chafodd ei hagor.</translation>
    </message>
    <message>
        <source>{file} is read-only and made by an older version, so it cannot be upgraded; open a copy you can write to.</source>
        <translation>Mae {file} i&apos;w ddarllen yn unig ac wedi&apos;i wneud gan fersiwn hŷn, felly ni ellir ei uwchraddio; agorwch gopi y gallwch ysgrifennu iddo.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded, so it was left as it was; a copy is in {copy}.</source>
        <translation>Nid oedd modd uwchraddio {file}, felly cafodd ei adael fel yr oedd; mae copi yn {copy}.</translation>
    </message>
    <message>
        <source>The disk holding {file} is full, so it was not opened; the record is not damaged, free some space and open it again.</source>
        <translation>Mae&apos;r ddisg sy&apos;n dal {file} yn llawn, felly ni chafodd ei hagor; nid yw&apos;r cofnod wedi&apos;i ddifrodi, rhyddhewch ychydig o le a&apos;i hagor eto.</translation>
    </message>
    <message>
        <source>{file} could not be read because of a disk error; it was not changed.</source>
        <translation>Ni ellid darllen {file} oherwydd gwall disg; ni chafodd ei newid.</translation>
    </message>
    <message>
        <source>{file} is busy in another program; close it there and try again.</source>
        <translation>Mae {file} yn brysur mewn rhaglen arall; caewch hi yno a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{file} could not be opened for reading; check the file and its folder.</source>
        <translation>Ni ellid agor {file} i&apos;w darllen; gwiriwch y ffeil a&apos;i ffolder.</translation>
    </message>
    <message>
        <source>{file} could not be opened as a database; it was not changed.</source>
        <translation>Ni ellid agor {file} fel cronfa ddata; ni chafodd ei newid.</translation>
    </message>
    <message>
        <source>{file} cannot be read; check its permissions.</source>
        <translation>Ni ellir darllen {file}; gwiriwch ei ganiatâd.</translation>
    </message>
    <message>
        <source>{file} is not a workshop database, so it was not opened.</source>
        <translation>Nid yw {file} yn gronfa ddata gweithdy, felly ni chafodd ei agor.</translation>
    </message>
    <message>
        <source>{file} is damaged, so it was not opened or changed.</source>
        <translation>Mae {file} wedi&apos;i ddifrodi, felly ni chafodd ei agor na&apos;i newid.</translation>
    </message>
    <message>
        <source>There is no template {id}; choose one of: {names}.</source>
        <translation>Does dim templed {id}; dewiswch un o&apos;r rhain: {names}.</translation>
    </message>
    <message>
        <source>The {label} must be text.</source>
        <translation>{label}: rhaid i hwn fod yn destun.</translation>
    </message>
    <message>
        <source>The {label} is empty; type something first.</source>
        <translation>{label}: mae&apos;n wag; teipiwch rywbeth yn gyntaf.</translation>
    </message>
    <message>
        <source>The {label} is {length} characters long; the limit is {limit}.</source>
        <translation>{label}: mae&apos;n {length} nod o hyd; yr uchafswm yw {limit}.</translation>
    </message>
    <message>
        <source>Unknown {label} {value}; use one of: {allowed}.</source>
        <translation>{label}: nid ydym yn adnabod {value}; defnyddiwch un o&apos;r rhain: {allowed}.</translation>
    </message>
    <message>
        <source>The {label} is not a real date ({value}); choose one.</source>
        <translation>Nid yw&apos;r {label} yn ddyddiad go iawn ({value}); dewiswch un.</translation>
    </message>
    <message>
        <source>The {label} {value} is not between {earliest} and {latest}.</source>
        <translation>Nid yw&apos;r {label} {value} rhwng {earliest} a {latest}.</translation>
    </message>
    <message>
        <source>The {label} {value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{label}: nid yw {value} yn ddyddiad; ysgrifennwch ef fel BBBB-MM-DD.</translation>
    </message>
    <message>
        <source>The {label} must be a whole number.</source>
        <translation>{label}: rhaid i hwn fod yn rhif cyfan.</translation>
    </message>
    <message>
        <source>The {label} must be between {minimum} and {maximum}.</source>
        <translation>{label}: rhaid i hwn fod rhwng {minimum} a {maximum}.</translation>
    </message>
    <message>
        <source>{place}: expected an object</source>
        <translation>{place}: dylai fod yn wrthrych</translation>
    </message>
    <message>
        <source>{place}: missing</source>
        <translation>{place}: ar goll</translation>
    </message>
    <message>
        <source>{place}: expected text</source>
        <translation>{place}: dylai fod yn destun</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>{place}: expected an id (text)</source>
        <translation>{place}: dylai fod yn ddynodydd (testun)</translation>
    </message>
    <message>
        <source>{place}: expected an id (text) or null</source>
        <translation>{place}: dylai fod yn ddynodydd (testun) neu null</translation>
    </message>
    <message>
        <source>{place}: expected true or false</source>
        <translation>{place}: dylai fod yn true neu false</translation>
    </message>
    <message>
        <source>{place}: expected a whole number from {low} to {high}</source>
        <translation>{place}: dylai fod yn rhif cyfan o {low} i {high}</translation>
    </message>
    <message>
        <source>{place}: expected a number</source>
        <translation>{place}: dylai fod yn rhif</translation>
    </message>
    <message>
        <source>{place}: is out of range</source>
        <translation>{place}: y tu allan i&apos;r ystod a ganiateir</translation>
    </message>
    <message>
        <source>{place}: expected a date YYYY-MM-DD</source>
        <translation>{place}: dylai fod yn ddyddiad BBBB-MM-DD</translation>
    </message>
    <message>
        <source>{place}: {value} is not a date YYYY-MM-DD</source>
        <translation>{place}: nid yw {value} yn ddyddiad BBBB-MM-DD</translation>
    </message>
    <message>
        <source>{place}: expected a list of dates YYYY-MM-DD</source>
        <translation>{place}: dylai fod yn rhestr o ddyddiadau BBBB-MM-DD</translation>
    </message>
    <message>
        <source>{place}: {value} is not between 1900-01-01 and 2199-12-31</source>
        <translation>{place}: nid yw {value} rhwng 1900-01-01 a 2199-12-31</translation>
    </message>
    <message>
        <source>{place}: expected an ISO 8601 time</source>
        <translation>{place}: dylai fod yn amser ISO 8601</translation>
    </message>
    <message>
        <source>{place}: {value} is not an ISO 8601 time</source>
        <translation>{place}: nid yw {value} yn amser ISO 8601</translation>
    </message>
    <message>
        <source>{place}: {value} is out of range</source>
        <translation>{place}: mae {value} y tu allan i&apos;r ystod a ganiateir</translation>
    </message>
    <message>
        <source>{place}: unknown value {value}; use one of {allowed}</source>
        <translation>{place}: nid ydym yn adnabod y gwerth {value}; defnyddiwch un o&apos;r rhain: {allowed}</translation>
    </message>
    <message>
        <source>{place}: expected a list</source>
        <translation>{place}: dylai fod yn rhestr</translation>
    </message>
    <message>
        <source>{place}: expected a list of ids</source>
        <translation>{place}: dylai fod yn rhestr o ddynodyddion</translation>
    </message>
    <message>
        <source>{place}: the key {value} appears twice</source>
        <translation>{place}: mae&apos;r allwedd {value} yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <source>{place}: nested too deeply to be a workshop file</source>
        <translation>{place}: mae&apos;r nythu&apos;n rhy ddwfn i hon fod yn ffeil gweithdy</translation>
    </message>
    <message>
        <source>{place}: not UTF-8 text</source>
        <translation>{place}: nid yw&apos;n destun UTF-8</translation>
    </message>
    <message>
        <source>{place}: not valid JSON (line {line}, column {column})</source>
        <translation>{place}: nid yw&apos;n JSON dilys (llinell {line}, colofn {column})</translation>
    </message>
    <message>
        <source>{place}: holds a number too long to be a workshop file</source>
        <translation>{place}: mae&apos;n cynnwys rhif sy&apos;n rhy hir i fod mewn ffeil gweithdy</translation>
    </message>
    <message>
        <source>{place}: expected &quot;{format}&quot;</source>
        <translation>{place}: dylai fod yn &quot;{format}&quot;</translation>
    </message>
    <message>
        <source>{place}: expected {version}; this file needs another version</source>
        <translation>{place}: dylai fod yn {version}; mae angen fersiwn arall o&apos;r ap ar gyfer y ffeil hon</translation>
    </message>
    <message>
        <source>{place}: duplicate {what} id {value}</source>
        <translation>{place}: mae&apos;r dynodydd {what} {value} wedi&apos;i ddefnyddio fwy nag unwaith</translation>
    </message>
    <message>
        <source>{place}: duplicate participant number {number}</source>
        <translation>{place}: mae rhif cyfranogwr {number} wedi&apos;i ddefnyddio fwy nag unwaith</translation>
    </message>
    <message>
        <source>{place}: no session {value}</source>
        <translation>{place}: does dim sesiwn {value}</translation>
    </message>
    <message>
        <source>{place}: no {what} {value}</source>
        <translation>{place}: does dim {what} {value}</translation>
    </message>
    <message>
        <source>{place}: only a note from a table is harvested</source>
        <translation>{place}: dim ond nodyn o fwrdd sy&apos;n cael ei gasglu</translation>
    </message>
    <message>
        <source>{place}: participant {value} has more than {limit} votes</source>
        <translation>{place}: mae gan y cyfranogwr {value} fwy na {limit} pleidlais</translation>
    </message>
    <message>
        <source>{place}: the session has no stages</source>
        <translation>{place}: nid oes gan y sesiwn unrhyw gamau</translation>
    </message>
    <message>
        <source>{place}: duplicate table name {value}</source>
        <translation>{place}: enw bwrdd dyblyg {value}</translation>
    </message>
    <message>
        <source>{place}: expected a JPEG picture in base64</source>
        <translation>{place}: disgwylid llun JPEG mewn base64</translation>
    </message>
    <message>
        <source>{place}: does not match the picture&apos;s length</source>
        <translation>{place}: nid yw&apos;n cyfateb i hyd y llun</translation>
    </message>
    <message>
        <source>{place}: no participant {value}, and not a pseudonym</source>
        <translation>{place}: dim cyfranogwr {value}, ac nid yw&apos;n ffugenw</translation>
    </message>
    <message>
        <source>{place}: {value} minutes, but session, preparation and travel minutes add up to {parts}</source>
        <translation>{place}: {value} munud, ond mae munudau&apos;r sesiwn, y paratoi a&apos;r teithio yn dod i {parts}</translation>
    </message>
    <message>
        <source>{place}: a second booking of kind {value}</source>
        <translation>{place}: ail drefniad o&apos;r math {value}</translation>
    </message>
    <message>
        <source>{place}: expected a colour #RRGGBB</source>
        <translation>{place}: dylai fod yn lliw #RRGGBB</translation>
    </message>
    <message>
        <source>Live participation is already open.</source>
        <translation>Mae cyfranogi byw eisoes ar agor.</translation>
    </message>
    <message>
        <source>The live server did not start in time.</source>
        <translation>Ni ddechreuodd y gweinydd byw mewn pryd.</translation>
    </message>
    <message>
        <source>Port {port} on {host} is already in use; choose another port or close the other program.</source>
        <translation>Mae porth {port} ar {host} eisoes yn cael ei ddefnyddio; dewiswch borth arall neu caewch y rhaglen arall.</translation>
    </message>
    <message>
        <source>{host} is not an address of this computer; choose another network.</source>
        <translation>Nid yw {host} yn un o gyfeiriadau&apos;r cyfrifiadur hwn; dewiswch rwydwaith arall.</translation>
    </message>
    <message>
        <source>Port {port} needs special permission; choose one above 1024.</source>
        <translation>Mae angen caniatâd arbennig i ddefnyddio porth {port}; dewiswch un uwchlaw 1024.</translation>
    </message>
    <message>
        <source>Could not listen on {host}:{port} ({reason}).</source>
        <translation>Methu gwrando ar {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>The live server could not start; see the log for details.</source>
        <translation>Methodd y gweinydd byw â dechrau; gweler y log am fanylion.</translation>
    </message>
    <message>
        <source>That image claims more than 80 megapixels, so it was not opened.</source>
        <translation>Mae&apos;r ddelwedd honno&apos;n honni bod ganddi fwy nag 80 megapicsel, felly ni chafodd ei hagor.</translation>
    </message>
    <message>
        <source>That file is empty (0 bytes).</source>
        <translation>Mae&apos;r ffeil honno&apos;n wag (0 beit).</translation>
    </message>
    <message>
        <source>That file is not a JPEG, PNG or WebP photo.</source>
        <translation>Nid yw&apos;r ffeil honno&apos;n llun JPEG, PNG na WebP.</translation>
    </message>
    <message>
        <source>That image is too small to hold any notes.</source>
        <translation>Mae&apos;r ddelwedd honno&apos;n rhy fach i ddal unrhyw nodiadau.</translation>
    </message>
    <message>
        <source>That file is not a photo this app can open.</source>
        <translation>Nid yw&apos;r ffeil honno&apos;n llun y gall yr ap hwn ei agor.</translation>
    </message>
    <message>
        <source>That photo is damaged or incomplete, so it was not used.</source>
        <translation>Mae&apos;r llun hwnnw wedi&apos;i ddifrodi neu&apos;n anghyflawn, felly ni chafodd ei ddefnyddio.</translation>
    </message>
    <message>
        <source>That file is larger than 50 MB, too large for a photo.</source>
        <translation>Mae&apos;r ffeil honno&apos;n fwy na 50 MB, yn rhy fawr i fod yn llun.</translation>
    </message>
    <message>
        <source>That note is not waiting for review.</source>
        <translation>Nid yw&apos;r nodyn hwnnw&apos;n aros i gael ei adolygu.</translation>
    </message>
    <message>
        <source>Add a column to the board first.</source>
        <translation>Ychwanegwch golofn at y bwrdd yn gyntaf.</translation>
    </message>
    <message>
        <source>Say who asked about this need: needs are asked, never assumed.</source>
        <translation>Dywedwch pwy ofynnodd am yr angen hwn: rydym yn gofyn am anghenion, byth yn eu tybio.</translation>
    </message>
    <message>
        <source>This person declined payment; with no expenses there is nothing to approve or pay.</source>
        <translation>Gwrthododd y person hwn dâl; heb dreuliau nid oes dim i&apos;w gymeradwyo na&apos;i dalu.</translation>
    </message>
    <message>
        <source>Say who approved the payment before it is approved or paid.</source>
        <translation>Dywedwch pwy gymeradwyodd y taliad cyn iddo gael ei gymeradwyo neu ei dalu.</translation>
    </message>
    <message>
        <source>The link for participants must start with https://.</source>
        <translation>Rhaid i&apos;r ddolen i gyfranogwyr ddechrau gyda https://.</translation>
    </message>
    <message>
        <source>This person already has a payment for this session.</source>
        <translation>Mae gan y person hwn daliad ar gyfer y sesiwn hon yn barod.</translation>
    </message>
    <message>
        <source>That receipt is larger than 15 MB; take a smaller photo.</source>
        <translation>Mae&apos;r dderbynneb honno&apos;n fwy na 15 MB; tynnwch lun llai.</translation>
    </message>
    <message>
        <source>A receipt must be a photo (JPEG, PNG or WebP) or a PDF scan.</source>
        <translation>Rhaid i dderbynneb fod yn llun (JPEG, PNG neu WebP) neu&apos;n sgan PDF.</translation>
    </message>
    <message>
        <source>Ask between {low} and {high} feedback questions.</source>
        <translation>Gofynnwch rhwng {low} a {high} o gwestiynau adborth.</translation>
    </message>
    <message>
        <source>Each feedback question needs its own id.</source>
        <translation>Mae angen ei ddynodydd ei hun ar bob cwestiwn adborth.</translation>
    </message>
    <message>
        <source>There is no such equality monitoring question.</source>
        <translation>Does dim cwestiwn monitro cydraddoldeb o&apos;r fath.</translation>
    </message>
    <message>
        <source>There is no such feedback question on this form.</source>
        <translation>Does dim cwestiwn adborth o&apos;r fath ar y ffurflen hon.</translation>
    </message>
    <message>
        <source>The answers must be an object of question ids.</source>
        <translation>Rhaid i&apos;r atebion fod yn wrthrych o ddynodyddion cwestiynau.</translation>
    </message>
    <message>
        <source>The monitoring answers must be an object of question ids.</source>
        <translation>Rhaid i&apos;r atebion monitro fod yn wrthrych o ddynodyddion cwestiynau.</translation>
    </message>
    <message>
        <source>That is not one of the answers to “{question}”.</source>
        <translation>Nid yw hwnnw&apos;n un o&apos;r atebion i “{question}”.</translation>
    </message>
    <message>
        <source>Answer at least one question before sending.</source>
        <translation>Atebwch o leiaf un cwestiwn cyn anfon.</translation>
    </message>
    <message>
        <source>{place}: not a monitoring question</source>
        <translation>{place}: nid yw’n gwestiwn monitro</translation>
    </message>
    <message>
        <source>{place}: not an answer to that question</source>
        <translation>{place}: nid yw’n ateb i&apos;r cwestiwn hwnnw</translation>
    </message>
    <message>
        <source>{place}: each answer can have only one target</source>
        <translation>{place}: dim ond un targed all fod gan bob ateb</translation>
    </message>
    <message>
        <source>{place}: expected counts of known answers by question id</source>
        <translation>{place}: disgwylid niferoedd o atebion hysbys fesul dynodydd cwestiwn</translation>
    </message>
    <message>
        <source>People have already answered, so the feedback questions stay as they were.</source>
        <translation>Mae pobl eisoes wedi ateb, felly mae&apos;r cwestiynau adborth yn aros fel roedden nhw.</translation>
    </message>
    <message>
        <source>Feedback is closed; it opens at the end of the session.</source>
        <translation>Mae adborth ar gau; mae&apos;n agor ar ddiwedd y sesiwn.</translation>
    </message>
    <message>
        <source>The record of this session is final; the session is over.</source>
        <translation>Mae cofnod y sesiwn hon yn derfynol; mae&apos;r sesiwn wedi dod i ben.</translation>
    </message>
    <message>
        <source>A session can have at most {limit} tables.</source>
        <translation>Gall sesiwn gael {limit} bwrdd ar y mwyaf.</translation>
    </message>
    <message>
        <source>{name} has notes; move or delete them before removing the table.</source>
        <translation>Mae gan {name} nodiadau; symudwch neu dilëwch nhw cyn tynnu&apos;r bwrdd.</translation>
    </message>
    <message>
        <source>There is no such table at this session.</source>
        <translation>Does dim bwrdd o&apos;r fath yn y sesiwn hon.</translation>
    </message>
    <message>
        <source>Only notes written at a table can be marked for the plenary.</source>
        <translation>Dim ond nodiadau a ysgrifennwyd wrth fwrdd y gellir eu marcio ar gyfer y sesiwn lawn.</translation>
    </message>
    <message>
        <source>That note has been taken to the plenary already; undo the harvest to change it.</source>
        <translation>Mae&apos;r nodyn hwnnw wedi&apos;i gasglu i&apos;r sesiwn lawn yn barod; dadwnewch y casglu i&apos;w newid.</translation>
    </message>
    <message>
        <source>{name} has no marked notes left to take to the plenary.</source>
        <translation>Nid oes gan {name} nodiadau wedi&apos;u marcio ar ôl i&apos;w cymryd i&apos;r sesiwn lawn.</translation>
    </message>
    <message>
        <source>There is already a table called {name}.</source>
        <translation>Mae bwrdd o&apos;r enw {name} yn bod yn barod.</translation>
    </message>
    <message>
        <source>Nobody has written Easy Read sentences for this session in that language yet; write them in the Easy Read panel.</source>
        <translation>Does neb wedi ysgrifennu brawddegau Hawdd eu Deall ar gyfer y sesiwn hon yn yr iaith honno eto; ysgrifennwch nhw yn y panel Hawdd ei Ddeall.</translation>
    </message>
    <message>
        <source>The Easy Read record would be {pages} pages; the guidance says at most 20, so leave some points out or make them shorter.</source>
        <translation>Byddai&apos;r cofnod Hawdd ei Ddeall yn {pages} tudalen; mae&apos;r canllawiau&apos;n dweud 20 ar y mwyaf, felly gadewch rai pwyntiau allan neu gwnewch nhw&apos;n fyrrach.</translation>
    </message>
    <message>
        <source>The language must be en (English) or cy (Cymraeg).</source>
        <translation>Rhaid i&apos;r iaith fod yn en (Saesneg) neu cy (Cymraeg).</translation>
    </message>
    <message>
        <source>There is no such picture in the symbol set.</source>
        <translation>Does dim llun o&apos;r fath yn y set o symbolau.</translation>
    </message>
    <message>
        <source>That picture is bigger than 10 MB, so it was not added.</source>
        <translation>Mae&apos;r llun hwnnw&apos;n fwy na 10 MB, felly chafodd e ddim ei ychwanegu.</translation>
    </message>
    <message>
        <source>That file is not a PNG or JPEG picture.</source>
        <translation>Dydy&apos;r ffeil honno ddim yn llun PNG neu JPEG.</translation>
    </message>
    <message>
        <source>An Easy Read record is written in one language: use --language en or --language cy.</source>
        <translation>Mae cofnod Hawdd ei Ddeall yn cael ei ysgrifennu mewn un iaith: defnyddiwch --language en neu --language cy.</translation>
    </message>
    <message>
        <source>{place}: not a picture of the shipped symbol set</source>
        <translation>{place}: nid yw&apos;n llun o&apos;r set o symbolau sy&apos;n dod gyda&apos;r ap</translation>
    </message>
    <message>
        <source>{place}: no such id</source>
        <translation>{place}: does dim id o&apos;r fath</translation>
    </message>
    <message>
        <source>{place}: duplicate id</source>
        <translation>{place}: mae&apos;r id wedi&apos;i ddefnyddio fwy nag unwaith</translation>
    </message>
    <message>
        <source>{place}: expected a PNG picture in base64</source>
        <translation>{place}: disgwylid llun PNG mewn base64</translation>
    </message>
    <message>
        <source>{place}: a point is for a theme or an action</source>
        <translation>{place}: mae pwynt ar gyfer thema neu gam gweithredu, nid y ddau</translation>
    </message>
    <message>
        <source>A target must name a monitoring question&apos;s answer.</source>
        <translation>Rhaid i darged enwi ateb i gwestiwn monitro.</translation>
    </message>
    <message>
        <source>A target&apos;s percentage must be from 0 to 100.</source>
        <translation>Rhaid i ganran targed fod rhwng 0 a 100.</translation>
    </message>
    <message>
        <source>Each answer can have only one target.</source>
        <translation>Dim ond un targed all fod gan bob ateb.</translation>
    </message>
    <message>
        <source>The language {value} is not a language tag; use one such as cy or pl.</source>
        <translation>Nid yw&apos;r iaith {value} yn dag iaith; defnyddiwch un fel cy neu pl.</translation>
    </message>
</context>
<context>
    <name>RefusalWord</name>
    <message>
        <source>workshop</source>
        <translation>gweithdy</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesiwn</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nodyn</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colofn</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>cyfranogwr</translation>
    </message>
    <message>
        <source>action</source>
        <translation>cam gweithredu</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>cam</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>pleidlais</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dyfais</translation>
    </message>
    <message>
        <source>note text</source>
        <translation>Testun y nodyn</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Arweinydd</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Dyddiad cau</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Manylion cyswllt</translation>
    </message>
    <message>
        <source>support needs</source>
        <translation>Anghenion cymorth</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>design stage</source>
        <translation>Cam dylunio</translation>
    </message>
    <message>
        <source>involvement</source>
        <translation>Lefel cyfranogiad</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>question</source>
        <translation>cwestiwn</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>ateb</translation>
    </message>
    <message>
        <source>term</source>
        <translation>term</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>ystyr</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>co-lead</source>
        <translation>Cyd-arweinydd</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>Cynigiwyd</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>Cytunwyd</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>Ar waith</translation>
    </message>
    <message>
        <source>done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>Wedi&apos;i ollwng</translation>
    </message>
    <message>
        <source>column title</source>
        <translation>Teitl y golofn</translation>
    </message>
    <message>
        <source>theme title</source>
        <translation>Teitl y thema</translation>
    </message>
    <message>
        <source>due</source>
        <translation>Dyddiad cau</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>service area</source>
        <translation>Maes gwasanaeth</translation>
    </message>
    <message>
        <source>progress update</source>
        <translation>Diweddariad ar gynnydd</translation>
    </message>
    <message>
        <source>dropped reason</source>
        <translation>Rheswm dros ollwng</translation>
    </message>
    <message>
        <source>checked on</source>
        <translation>Dyddiad gwirio</translation>
    </message>
    <message>
        <source>retention years</source>
        <translation>Blynyddoedd cadw</translation>
    </message>
    <message>
        <source>stage kind</source>
        <translation>Math o gam</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>arrangements</source>
        <translation>Trefniadau</translation>
    </message>
    <message>
        <source>votes per participant</source>
        <translation>Pleidleisiau i bob cyfranogwr</translation>
    </message>
    <message>
        <source>voice threshold</source>
        <translation>Trothwy lleisiau</translation>
    </message>
    <message>
        <source>consent named</source>
        <translation>Caniatâd i&apos;w enwi</translation>
    </message>
    <message>
        <source>consent contact</source>
        <translation>Caniatâd i gysylltu</translation>
    </message>
    <message>
        <source>consent share contact</source>
        <translation>Caniatâd i rannu manylion cyswllt</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ffeil</translation>
    </message>
    <message>
        <source>table</source>
        <translation>bwrdd</translation>
    </message>
    <message>
        <source>table name</source>
        <translation>enw&apos;r bwrdd</translation>
    </message>
    <message>
        <source>round</source>
        <translation>rownd</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>symbol</translation>
    </message>
    <message>
        <source>language</source>
        <translation>iaith</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>llun</translation>
    </message>
    <message>
        <source>point</source>
        <translation>pwynt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>mae&apos;r ddisg yn llawn</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>ni ellir ysgrifennu i&apos;r ffolder</translation>
    </message>
    <message>
        <source>the copy failed</source>
        <translation>methodd y copïo</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Everything in the current record is replaced by it; a copy of the current record is kept first.</source>
        <translation>Dewiswch y copi wrth gefn i fynd yn ôl ato. Mae popeth yn y cofnod presennol yn cael ei ddisodli ganddo; mae copi o&apos;r cofnod presennol yn cael ei gadw yn gyntaf.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Ffeil arall…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Adfer…</translation>
    </message>
    <message>
        <source>There are no backups yet; use Other file… to pick one.</source>
        <translation>Nid oes copïau wrth gefn eto; defnyddiwch Ffeil arall… i ddewis un.</translation>
    </message>
    <message>
        <source>Selected {file}.</source>
        <translation>Wedi dewis {file}.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Adfer o ffeil</translation>
    </message>
    <message>
        <source>Workshop database (*.sqlite3);;All files (*)</source>
        <translation>Cronfa ddata gweithdai (*.sqlite3);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Click “{button}” to replace the current record with this copy: {backup}.</source>
        <translation>Cliciwch “{button}” i roi&apos;r copi hwn yn lle&apos;r cofnod presennol: {backup}.</translation>
    </message>
    <message>
        <source>Restored; the previous record was kept as {file}.</source>
        <translation>Wedi adfer; cadwyd y cofnod blaenorol fel {file}.</translation>
    </message>
    <message>
        <source>The restore was cancelled and the current record is unchanged.</source>
        <translation>Cafodd yr adfer ei ganslo ac mae&apos;r cofnod presennol heb ei newid.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Priorities: contributions with the most dots</source>
        <translation>Blaenoriaethau: y cyfraniadau gyda&apos;r nifer fwyaf o ddotiau</translation>
    </message>
    <message>
        <source>Priorities: themes with the most dots</source>
        <translation>Blaenoriaethau: y themâu gyda&apos;r nifer fwyaf o ddotiau</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>Citizen voice</source>
        <translation>Llais dinasyddion</translation>
    </message>
    <message>
        <source>Professional voice</source>
        <translation>Llais proffesiynol</translation>
    </message>
    <message>
        <source>No dots yet</source>
        <translation>Dim dotiau eto</translation>
    </message>
    <message>
        <source>{mark} marks where citizens and professionals ranked it differently.</source>
        <translation>Mae {mark} yn dangos lle rhoddodd dinasyddion a gweithwyr proffesiynol drefn wahanol iddo.</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 dot</translation>
    </message>
    <message>
        <source>{count} dots</source>
        <translation>{count} dot</translation>
    </message>
    <message>
        <source>no dots</source>
        <translation>dim dotiau</translation>
    </message>
    <message>
        <source>Citizen voice: {place}</source>
        <translation>Llais dinasyddion: {place}</translation>
    </message>
    <message>
        <source>Professional voice: {place}</source>
        <translation>Llais proffesiynol: {place}</translation>
    </message>
    <message>
        <source>Numbers are dots placed.</source>
        <translation>Y rhifau yw nifer y dotiau a osodwyd.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Contributions</source>
        <translation>Cyfraniadau</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themâu</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Trefnu</translation>
    </message>
    <message>
        <source>Rank single contributions or whole themes.</source>
        <translation>Trefnu cyfraniadau unigol neu themâu cyfan.</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Trefnu:</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Dangos ar y taflunydd</translation>
    </message>
    <message>
        <source>Show results on the projector</source>
        <translation>Dangos y canlyniadau ar y taflunydd</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>Citizen voice</source>
        <translation>Llais dinasyddion</translation>
    </message>
    <message>
        <source>Professional voice</source>
        <translation>Llais proffesiynol</translation>
    </message>
    <message>
        <source>Results: {who}</source>
        <translation>Canlyniadau: {who}</translation>
    </message>
    <message>
        <source>Ranked by dots from {who}.</source>
        <translation>Wedi&apos;u trefnu yn ôl dotiau gan: {who}.</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 dot</translation>
    </message>
    <message>
        <source>{count} dots</source>
        <translation>{count} dot</translation>
    </message>
    <message>
        <source>No dots yet</source>
        <translation>Dim dotiau eto</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>You said, we did — review for {session}</source>
        <translation>Dywedoch chi, gwnaethon ni — adolygiad ar gyfer {session}</translation>
    </message>
    <message>
        <source>Actions from earlier sessions</source>
        <translation>Camau gweithredu o sesiynau cynharach</translation>
    </message>
    <message>
        <source>Progress so far</source>
        <translation>Cynnydd hyd yma</translation>
    </message>
    <message>
        <source>Date of the update</source>
        <translation>Dyddiad y diweddariad</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <source>What was done since the last session (we did …)</source>
        <translation>Beth a wnaed ers y sesiwn ddiwethaf (gwnaethon ni …)</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Statws newydd</translation>
    </message>
    <message>
        <source>&amp;Record update</source>
        <translation>&amp;Cofnodi diweddariad</translation>
    </message>
    <message>
        <source>No open actions from earlier sessions of this workshop.</source>
        <translation>Dim camau gweithredu agored o sesiynau cynharach y gweithdy hwn.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>&amp;We did</source>
        <translation>G&amp;wnaethon ni</translation>
    </message>
    <message>
        <source>New &amp;status</source>
        <translation>&amp;Statws newydd</translation>
    </message>
    <message>
        <source>Progress so far (oldest first):</source>
        <translation>Cynnydd hyd yma (yr hynaf yn gyntaf):</translation>
    </message>
    <message>
        <source>You said (actions from earlier sessions):</source>
        <translation>Dywedoch chi (camau gweithredu o sesiynau cynharach):</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>neb</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>dim dyddiad erbyn</translation>
    </message>
    <message>
        <source>jointly agreed</source>
        <translation>wedi&apos;i gytuno ar y cyd</translation>
    </message>
    <message>
        <source>⚠ not jointly agreed in the record</source>
        <translation>⚠ heb ei gytuno ar y cyd yn y cofnod</translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation>sesiwn gynharach</translation>
    </message>
    <message>
        <source>From {session} · owner {owner} · due {due} · {status} · {agreed}</source>
        <translation>O {session} · perchennog {owner} · erbyn {due} · {status} · {agreed}</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>dim sesiwn</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>Dim cynnydd wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Dim newid</translation>
    </message>
    <message>
        <source>✔ updated in this session</source>
        <translation>✔ wedi&apos;i ddiweddaru yn y sesiwn hon</translation>
    </message>
    <message>
        <source>⏳ waiting for an update</source>
        <translation>⏳ yn aros am ddiweddariad</translation>
    </message>
</context>
<context>
    <name>ReviewQueueDialog</name>
    <message>
        <source>Notes from photos: review</source>
        <translation>Nodiadau o luniau: adolygu</translation>
    </message>
    <message>
        <source>The note as photographed</source>
        <translation>Y nodyn fel y tynnwyd ei lun</translation>
    </message>
    <message>
        <source>Suggested text</source>
        <translation>Testun a awgrymir</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Enter: accept · type to correct · Ctrl+P: picture only · Ctrl+Delete: not a note · Esc: later</source>
        <translation>Enter: derbyn · teipiwch i gywiro · Ctrl+P: llun yn unig · Ctrl+Delete: nid nodyn · Esc: wedyn</translation>
    </message>
    <message>
        <source>Suggested text (Enter accepts):</source>
        <translation>Testun a awgrymir (Enter i dderbyn):</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôl:</translation>
    </message>
    <message>
        <source>Waiting for review: {count}</source>
        <translation>Yn aros i gael eu hadolygu: {count}</translation>
    </message>
</context>
<context>
    <name>RoomDots</name>
    <message>
        <source>Record dots</source>
        <translation>Cofnodi dotiau</translation>
    </message>
</context>
<context>
    <name>RoomDotsDialog</name>
    <message>
        <source>Record dots from the room</source>
        <translation>Cofnodi dotiau o&apos;r ystafell</translation>
    </message>
    <message>
        <source>A person and the numbers of their notes</source>
        <translation>Person a rhifau eu nodiadau</translation>
    </message>
    <message>
        <source>Part of a name, then the numbers of their notes, e.g. ann 3 7 12 12 5</source>
        <translation>Rhan o enw, yna rhifau eu nodiadau, e.e. ann 3 7 12 12 5</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Y canlyniad diwethaf</translation>
    </message>
    <message>
        <source>Dots by note and person</source>
        <translation>Dotiau fesul nodyn a pherson</translation>
    </message>
    <message>
        <source>Each person has {count} dots. Type a line and press Enter, or type a number into the grid. Ctrl+Z in the main window undoes a line.</source>
        <translation>Mae gan bob person {count} dot. Teipiwch linell a phwyso Enter, neu teipiwch rif yn y grid. Mae Ctrl+Z yn y brif ffenestr yn dadwneud llinell.</translation>
    </message>
    <message>
        <source>Type part of one person&apos;s name first.</source>
        <translation>Teipiwch ran o enw un person yn gyntaf.</translation>
    </message>
    <message>
        <source>After the name, type only the numbers of the notes.</source>
        <translation>Ar ôl yr enw, teipiwch rifau&apos;r nodiadau yn unig.</translation>
    </message>
    <message>
        <source>There is no note {number}; the notes go from 1 to {last}.</source>
        <translation>Does dim nodyn {number}; mae&apos;r nodiadau&apos;n mynd o 1 i {last}.</translation>
    </message>
    <message>
        <source>{name} has {left} of {count} dots left; nothing was recorded.</source>
        <translation>Mae gan {name} {left} o {count} dot ar ôl; ni chofnodwyd dim.</translation>
    </message>
    <message>
        <source>Recorded {count} dots for {name}.</source>
        <translation>Cofnodwyd {count} dot ar gyfer {name}.</translation>
    </message>
    <message>
        <source>Type a whole number of dots, or 0 to take them all back.</source>
        <translation>Teipiwch nifer cyfan o ddotiau, neu 0 i&apos;w tynnu i gyd yn ôl.</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <source>Informing</source>
        <translation>Hysbysu</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Ymgynghori</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Ymgysylltu</translation>
    </message>
    <message>
        <source>Co-design</source>
        <translation>Cyd-ddylunio</translation>
    </message>
    <message>
        <source>Co-production</source>
        <translation>Cydgynhyrchu</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Diben</translation>
    </message>
    <message>
        <source>&amp;Access and reimbursement</source>
        <translation>&amp;Mynediad ac ad-dalu</translation>
    </message>
    <message>
        <source>Where the &amp;findings go</source>
        <translation>Ble mae’r &amp;canfyddiadau’n mynd</translation>
    </message>
    <message>
        <source>How people will &amp;hear back</source>
        <translation>Sut y bydd pobl yn &amp;clywed yn ôl</translation>
    </message>
    <message>
        <source>Who was &amp;missing</source>
        <translation>Pwy oedd yn &amp;absennol</translation>
    </message>
    <message>
        <source>Written &amp;summary</source>
        <translation>&amp;Crynodeb ysgrifenedig</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Manylion y sesiwn</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Who decided the level, e.g. Jo Evans, facilitator</source>
        <translation>Pwy benderfynodd y lefel, e.e. Jo Evans, hwylusydd</translation>
    </message>
    <message>
        <source>A team or role and how to reach it (printed in the public record)</source>
        <translation>Tîm neu rôl a sut i gysylltu (wedi’i argraffu yn y cofnod cyhoeddus)</translation>
    </message>
    <message>
        <source>Date set</source>
        <translation>Dyddiad wedi’i bennu</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lleoliad</translation>
    </message>
    <message>
        <source>F&amp;acilitator</source>
        <translation>&amp;Hwylusydd</translation>
    </message>
    <message>
        <source>&amp;Design stage</source>
        <translation>Cam &amp;dylunio</translation>
    </message>
    <message>
        <source>&amp;Level of involvement</source>
        <translation>&amp;Lefel cyfranogi</translation>
    </message>
    <message>
        <source>Level set &amp;by</source>
        <translation>Lefel wedi’i phennu &amp;gan</translation>
    </message>
    <message>
        <source>&amp;Next session</source>
        <translation>&amp;Sesiwn nesaf</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Cyswllt</translation>
    </message>
    <message>
        <source>&amp;Quotes for the summary (only notes in the public record can be chosen)</source>
        <translation>&amp;Dyfyniadau ar gyfer y crynodeb (dim ond nodiadau yn y cofnod cyhoeddus y gellir eu dewis)</translation>
    </message>
    <message>
        <source>About the session</source>
        <translation>Am y sesiwn</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Camau nesaf</translation>
    </message>
    <message>
        <source>Summary and quotes</source>
        <translation>Crynodeb a dyfyniadau</translation>
    </message>
    <message>
        <source>The record of this session is final; reopen it to change its details.</source>
        <translation>Mae cofnod y sesiwn hon yn derfynol; ailagorwch ef i newid ei fanylion.</translation>
    </message>
    <message>
        <source>The details were not saved; nothing was changed.</source>
        <translation>Ni chadwyd y manylion; ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>SessionDialogs</name>
    <message>
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colofn</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesiwn</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>gweithdy</translation>
    </message>
    <message>
        <source>Rename {thing}</source>
        <translation>Ailenwi: {thing}</translation>
    </message>
    <message>
        <source>New name for the {thing}:</source>
        <translation>Enw newydd ({thing}):</translation>
    </message>
    <message>
        <source>Delete {thing}</source>
        <translation>Dileu: {thing}</translation>
    </message>
    <message>
        <source>Delete the {thing} “{name}”?</source>
        <translation>Dileu “{name}” ({thing})?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Ni ellir dadwneud hyn.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Cyffredinol</translation>
    </message>
    <message>
        <source>Appearance and projector</source>
        <translation>Golwg a thaflunydd</translation>
    </message>
    <message>
        <source>Phones (live participation)</source>
        <translation>Ffonau (cyfranogi byw)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>The usual data folder</source>
        <translation>Y ffolder data arferol</translation>
    </message>
    <message>
        <source>Automatic (the other screen)</source>
        <translation>Awtomatig (y sgrin arall)</translation>
    </message>
    <message>
        <source>Automatic (the main network)</source>
        <translation>Awtomatig (y prif rwydwaith)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Awtomatig</translation>
    </message>
    <message>
        <source>Language, theme and text size change at once. A new database location is used the next time the app starts.</source>
        <translation>Mae&apos;r iaith, y thema a maint y testun yn newid ar unwaith. Bydd lleoliad newydd i&apos;r gronfa ddata&apos;n cael ei ddefnyddio y tro nesaf y bydd yr ap yn dechrau.</translation>
    </message>
    <message>
        <source>Where to keep the workshops</source>
        <translation>Ble i gadw&apos;r gweithdai</translation>
    </message>
    <message>
        <source>Workshop database (*.sqlite3)</source>
        <translation>Cronfa ddata gweithdai (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Capturing notes</source>
        <translation>Cofnodi nodiadau</translation>
    </message>
    <message>
        <source>The board</source>
        <translation>Y bwrdd</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Gweld</translation>
    </message>
    <message>
        <source>The projector</source>
        <translation>Y taflunydd</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Go to the capture bar</source>
        <translation>Mynd i&apos;r bar cofnodi</translation>
    </message>
    <message>
        <source>Choose the column for the next note</source>
        <translation>Dewis y golofn ar gyfer y nodyn nesaf</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Add the note; on a new name, add a newcomer</source>
        <translation>Ychwanegu&apos;r nodyn; ar enw newydd, ychwanegu newydd-ddyfodiad</translation>
    </message>
    <message>
        <source>Move between notes</source>
        <translation>Symud rhwng nodiadau</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Bysellau saeth</translation>
    </message>
    <message>
        <source>Edit the note (Enter too; Esc cancels)</source>
        <translation>Golygu&apos;r nodyn (Enter hefyd; mae Esc yn canslo)</translation>
    </message>
    <message>
        <source>Change who said the note</source>
        <translation>Newid pwy ddywedodd y nodyn</translation>
    </message>
    <message>
        <source>Open the note&apos;s menu (speaker, theme, colour, protect)</source>
        <translation>Agor dewislen y nodyn (siaradwr, thema, lliw, diogelu)</translation>
    </message>
    <message>
        <source>Move the note to the column on the left</source>
        <translation>Symud y nodyn i&apos;r golofn ar y chwith</translation>
    </message>
    <message>
        <source>Move the note to the column on the right</source>
        <translation>Symud y nodyn i&apos;r golofn ar y dde</translation>
    </message>
    <message>
        <source>Remove the selected notes</source>
        <translation>Tynnu&apos;r nodiadau a ddewiswyd</translation>
    </message>
    <message>
        <source>Select all notes</source>
        <translation>Dewis pob nodyn</translation>
    </message>
    <message>
        <source>Group the selected notes into a theme</source>
        <translation>Grwpio&apos;r nodiadau a ddewiswyd yn thema</translation>
    </message>
    <message>
        <source>Ungroup the theme</source>
        <translation>Dadgrwpio&apos;r thema</translation>
    </message>
    <message>
        <source>Add a column</source>
        <translation>Ychwanegu colofn</translation>
    </message>
    <message>
        <source>Record the dots people placed in the room</source>
        <translation>Cofnodi&apos;r dotiau a osododd pobl yn yr ystafell</translation>
    </message>
    <message>
        <source>Read and edit the board as a list (for screen readers)</source>
        <translation>Darllen a golygu’r bwrdd fel rhestr (ar gyfer darllenwyr sgrin)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ailwneud</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <source>Fit the whole board</source>
        <translation>Dangos y bwrdd cyfan</translation>
    </message>
    <message>
        <source>Pan the board (or drag with the middle button)</source>
        <translation>Symud y bwrdd (neu lusgo gyda&apos;r botwm canol)</translation>
    </message>
    <message>
        <source>Space and drag</source>
        <translation>Bylchwr a llusgo</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Sgrin lawn</translation>
    </message>
    <message>
        <source>Start or stop presenting</source>
        <translation>Dechrau neu orffen cyflwyno</translation>
    </message>
    <message>
        <source>Whole board, column, theme, voting results, actions</source>
        <translation>Y bwrdd cyfan, colofn, thema, canlyniadau&apos;r bleidlais, camau gweithredu</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+5</source>
        <translation>Alt+1 … Alt+5</translation>
    </message>
    <message>
        <source>Back to the whole board on the projector (after following a selection)</source>
        <translation>Yn ôl i’r bwrdd cyfan ar y taflunydd (ar ôl dilyn dewis)</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sesiwn newydd</translation>
    </message>
    <message>
        <source>Export the board as an image</source>
        <translation>Allforio&apos;r bwrdd fel delwedd</translation>
    </message>
    <message>
        <source>Review notes from photos</source>
        <translation>Adolygu nodiadau o luniau</translation>
    </message>
    <message>
        <source>In the review of notes from photos: accept (type first to correct), keep the picture only, not a note</source>
        <translation>Wrth adolygu nodiadau o luniau: derbyn (teipiwch yn gyntaf i gywiro), cadw&apos;r llun yn unig, nid nodyn</translation>
    </message>
    <message>
        <source>Enter · Ctrl+P · Ctrl+Delete</source>
        <translation>Enter · Ctrl+P · Ctrl+Delete</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Beth maen nhw&apos;n ei wneud</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <source>Workshops and sessions</source>
        <translation>Gweithdai a sesiynau</translation>
    </message>
    <message>
        <source>New &amp;workshop…</source>
        <translation>Gweithdy &amp;newydd…</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>&amp;Sesiwn newydd…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Ailenwi…</translation>
    </message>
    <message>
        <source>&amp;Duplicate as next session</source>
        <translation>&amp;Dyblygu fel y sesiwn nesaf</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>D&amp;ileu…</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Gweithdy newydd</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sesiwn newydd</translation>
    </message>
    <message>
        <source>{title} (past its retention period)</source>
        <translation>{title} (wedi pasio ei gyfnod cadw)</translation>
    </message>
    <message>
        <source>Records of this workshop were due for deletion on {date}. Export what must be kept, then delete it or run `workshop purge-expired`.</source>
        <translation>Roedd cofnodion y gweithdy hwn i fod i gael eu dileu ar {date}. Allforiwch yr hyn y mae&apos;n rhaid ei gadw, yna dilëwch ef neu rhedwch `workshop purge-expired`.</translation>
    </message>
    <message>
        <source>Live: {session}</source>
        <translation>Byw: {session}</translation>
    </message>
    <message>
        <source>{title}: phones are joined to this session.</source>
        <translation>{title}: mae ffonau wedi ymuno â’r sesiwn hon.</translation>
    </message>
    <message>
        <source>Choose or create a workshop first.</source>
        <translation>Dewiswch neu crëwch weithdy yn gyntaf.</translation>
    </message>
    <message>
        <source>Its board, notes, themes, votes and actions go.</source>
        <translation>Bydd ei bwrdd, ei nodiadau, ei themâu, ei phleidleisiau a&apos;i chamau gweithredu&apos;n cael eu dileu.</translation>
    </message>
    <message>
        <source>Every session, the participant register and all contributions go.</source>
        <translation>Bydd pob sesiwn, y gofrestr cyfranogwyr a phob cyfraniad yn cael eu dileu.</translation>
    </message>
</context>
<context>
    <name>SignalsPanel</name>
    <message>
        <source>Signals from phones, newest first</source>
        <translation>Arwyddion o ffonau, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>Words we explained</source>
        <translation>Geiriau a esboniwyd gennym</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Geirfa</translation>
    </message>
    <message>
        <source>&amp;Word:</source>
        <translation>&amp;Gair:</translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation>&amp;Ystyr:</translation>
    </message>
    <message>
        <source>What it means, in plain words</source>
        <translation>Beth mae&apos;n ei olygu, mewn geiriau syml</translation>
    </message>
    <message>
        <source>&amp;Add to glossary</source>
        <translation>&amp;Ychwanegu at yr eirfa</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>&amp;Show glossary on the projector</source>
        <translation>&amp;Dangos yr eirfa ar y taflunydd</translation>
    </message>
    <message>
        <source>Open a session to see its signals.</source>
        <translation>Agorwch sesiwn i weld ei harwyddion.</translation>
    </message>
</context>
<context>
    <name>SilentWritingTab</name>
    <message>
        <source>In a silent column, new notes stay off the projector until you reveal them.</source>
        <translation>Mewn colofn dawel, mae nodiadau newydd yn aros oddi ar y taflunydd nes i chi eu datgelu.</translation>
    </message>
    <message>
        <source>Reveal &amp;all</source>
        <translation>Datgelu&apos;r c&amp;yfan</translation>
    </message>
    <message>
        <source>Reveal all hidden notes</source>
        <translation>Datgelu pob nodyn cudd</translation>
    </message>
    <message>
        <source>Shows every quietly written note.</source>
        <translation>Yn dangos pob nodyn a ysgrifennwyd yn dawel.</translation>
    </message>
    <message>
        <source>Silent writing in {column}</source>
        <translation>Ysgrifennu tawel yn {column}</translation>
    </message>
    <message>
        <source>{count} hidden</source>
        <translation>{count} yn gudd</translation>
    </message>
    <message>
        <source>none hidden</source>
        <translation>dim un yn gudd</translation>
    </message>
    <message>
        <source>Hidden notes in {column}</source>
        <translation>Nodiadau cudd yn {column}</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Datgelu</translation>
    </message>
    <message>
        <source>Reveal {column}</source>
        <translation>Datgelu {column}</translation>
    </message>
    <message>
        <source>Shows its hidden notes ({count}).</source>
        <translation>Yn dangos ei nodiadau cudd ({count}).</translation>
    </message>
    <message>
        <source>Reveal &amp;all ({count} hidden)</source>
        <translation>Datgelu&apos;r c&amp;yfan ({count} yn gudd)</translation>
    </message>
    <message>
        <source>Revealed 1 note.</source>
        <translation>Datgelwyd 1 nodyn.</translation>
    </message>
    <message>
        <source>Revealed {count} notes.</source>
        <translation>Nodiadau a ddatgelwyd: {count}.</translation>
    </message>
</context>
<context>
    <name>SmallGroupsDialog</name>
    <message>
        <source>Small groups may be recognised</source>
        <translation>Mae&apos;n bosibl y gellir adnabod grwpiau bach</translation>
    </message>
    <message>
        <source>Show them as &apos;participant&apos;</source>
        <translation>Eu dangos fel &apos;cyfranogwr&apos;</translation>
    </message>
    <message>
        <source>Keep their roles</source>
        <translation>Cadw eu rolau</translation>
    </message>
</context>
<context>
    <name>SpeakerDialog</name>
    <message>
        <source>Who said it?</source>
        <translation>Pwy ddywedodd hyn?</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Siaradwr</translation>
    </message>
    <message>
        <source>Part of a name, or a role</source>
        <translation>Rhan o enw, neu rôl</translation>
    </message>
    <message>
        <source>&amp;Speaker</source>
        <translation>&amp;Siaradwr</translation>
    </message>
    <message>
        <source>No single match: type more of a name from the register, or a role.</source>
        <translation>Dim un cyfatebiad: teipiwch fwy o enw o&apos;r gofrestr, neu rôl.</translation>
    </message>
</context>
<context>
    <name>TableCard</name>
    <message>
        <source>Full size</source>
        <translation>Maint llawn</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>Ar y taflunydd</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Datgelu</translation>
    </message>
    <message>
        <source>Let through</source>
        <translation>Gadael drwodd</translation>
    </message>
    <message>
        <source>Show {name} full size</source>
        <translation>Dangos {name} yn ei faint llawn</translation>
    </message>
    <message>
        <source>Show {name} on the projector</source>
        <translation>Dangos {name} ar y taflunydd</translation>
    </message>
    <message>
        <source>{name}&apos;s notes</source>
        <translation>Nodiadau {name}</translation>
    </message>
    <message>
        <source>Reveal {name}&apos;s notes written in silence</source>
        <translation>Datgelu nodiadau {name} a ysgrifennwyd yn dawel</translation>
    </message>
    <message>
        <source>Let {name}&apos;s held notes onto the board</source>
        <translation>Gadael nodiadau {name} sy&apos;n aros ar y bwrdd</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n o nodiadau</numerusform>
        </translation>
    </message>
    <message>
        <source>{citizen} citizen, {professional} professional, {other} other</source>
        <translation>{citizen} dinesydd, {professional} proffesiynol, {other} arall</translation>
    </message>
    <message>
        <source>{marked} for the plenary</source>
        <translation>{marked} i&apos;r sesiwn lawn</translation>
    </message>
    <message>
        <source>{hidden} written in silence</source>
        <translation>{hidden} wedi&apos;u hysgrifennu&apos;n dawel</translation>
    </message>
    <message>
        <source>{held} waiting for approval</source>
        <translation>{held} yn aros am gymeradwyaeth</translation>
    </message>
</context>
<context>
    <name>TablesDialog</name>
    <message>
        <source>Tables</source>
        <translation>Byrddau</translation>
    </message>
    <message>
        <source>Each table has its own join code (Live panel). Notes from a table&apos;s phones and host land on that table. Harvest a table to take its marked notes to the plenary; they keep their table&apos;s name.</source>
        <translation>Mae gan bob bwrdd ei god ymuno ei hun (panel Byw). Mae nodiadau o ffonau a gwesteiwr bwrdd yn glanio ar y bwrdd hwnnw. Casglwch o fwrdd i gymryd ei nodiadau wedi&apos;u marcio i&apos;r sesiwn lawn; maen nhw&apos;n cadw enw eu bwrdd.</translation>
    </message>
    <message>
        <source>Tables of the room</source>
        <translation>Byrddau&apos;r ystafell</translation>
    </message>
    <message>
        <source>Table name</source>
        <translation>Enw&apos;r bwrdd</translation>
    </message>
    <message>
        <source>A table&apos;s name, e.g. Table 1 or Riverside table</source>
        <translation>Enw bwrdd, e.e. Bwrdd 1 neu Bwrdd glan yr afon</translation>
    </message>
    <message>
        <source>&amp;Add table</source>
        <translation>&amp;Ychwanegu bwrdd</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Ail&amp;enwi</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>&amp;Harvest table</source>
        <translation>&amp;Casglu o&apos;r bwrdd</translation>
    </message>
    <message>
        <source>Take this table&apos;s marked notes to the plenary board</source>
        <translation>Cymryd nodiadau wedi&apos;u marcio&apos;r bwrdd hwn i fwrdd y sesiwn lawn</translation>
    </message>
    <message>
        <source>not counting rounds</source>
        <translation>dim yn cyfrif rowndiau</translation>
    </message>
    <message>
        <source>Round now</source>
        <translation>Y rownd nawr</translation>
    </message>
    <message>
        <source>Notes written at a table keep the round they were written in</source>
        <translation>Mae nodiadau a ysgrifennwyd wrth fwrdd yn cadw&apos;r rownd y cawsant eu hysgrifennu ynddi</translation>
    </message>
    <message>
        <source>World Café &amp;round now:</source>
        <translation>&amp;Rownd Caffi&apos;r Byd nawr:</translation>
    </message>
    <message>
        <source>Whose notes the projector shows</source>
        <translation>Nodiadau pwy mae&apos;r taflunydd yn eu dangos</translation>
    </message>
    <message>
        <source>&amp;Projector shows:</source>
        <translation>Mae&apos;r &amp;taflunydd yn dangos:</translation>
    </message>
    <message>
        <source>Whose notes this laptop&apos;s board shows</source>
        <translation>Nodiadau pwy mae bwrdd y gliniadur hwn yn eu dangos</translation>
    </message>
    <message>
        <source>&amp;Board shows:</source>
        <translation>Mae&apos;r &amp;bwrdd yn dangos:</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Y canlyniad diwethaf</translation>
    </message>
    <message>
        <source>People at the selected table this round</source>
        <translation>Pobl wrth y bwrdd a ddewiswyd yn y rownd hon</translation>
    </message>
    <message>
        <source>Someone registered for the workshop</source>
        <translation>Rhywun sydd wedi cofrestru ar gyfer y gweithdy</translation>
    </message>
    <message>
        <source>&amp;Seat here</source>
        <translation>Rhoi &amp;sedd yma</translation>
    </message>
    <message>
        <source>Seat this person at the selected table for the round now (moves them)</source>
        <translation>Rhoi sedd i&apos;r person hwn wrth y bwrdd a ddewiswyd ar gyfer y rownd nawr (mae hyn yn eu symud)</translation>
    </message>
    <message>
        <source>Take o&amp;ff this table</source>
        <translation>&amp;Tynnu oddi ar y bwrdd hwn</translation>
    </message>
    <message>
        <source>Notes that may say the same thing</source>
        <translation>Nodiadau a allai ddweud yr un peth</translation>
    </message>
    <message>
        <source>&amp;Group as a theme</source>
        <translation>&amp;Grwpio fel thema</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Diystyru</translation>
    </message>
    <message>
        <source>People at the selected table</source>
        <translation>Pobl wrth y bwrdd a ddewiswyd</translation>
    </message>
    <message>
        <source>Phones join at their table with its code. Seat people without a phone here; the record counts who sat at each table, by voice.</source>
        <translation>Mae ffonau&apos;n ymuno wrth eu bwrdd gyda&apos;i god. Rhowch sedd yma i bobl heb ffôn; mae&apos;r cofnod yn cyfrif pwy eisteddodd wrth bob bwrdd, yn ôl llais.</translation>
    </message>
    <message>
        <source>On the plenary board, these may say the same thing</source>
        <translation>Ar fwrdd y sesiwn lawn, gallai&apos;r rhain ddweud yr un peth</translation>
    </message>
    <message>
        <source>People at {name} in round {round}</source>
        <translation>Pobl wrth {name} yn rownd {round}</translation>
    </message>
    <message>
        <source>People at {name}</source>
        <translation>Pobl wrth {name}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>{person}, at {table}</source>
        <translation>{person}, wrth {table}</translation>
    </message>
    <message>
        <source>Every table and the plenary</source>
        <translation>Pob bwrdd a&apos;r sesiwn lawn</translation>
    </message>
    <message>
        <source>The plenary board</source>
        <translation>Bwrdd y sesiwn lawn</translation>
    </message>
    <message>
        <source>Only {name}</source>
        <translation>{name} yn unig</translation>
    </message>
    <message>
        <source>Every table side by side</source>
        <translation>Pob bwrdd ochr yn ochr</translation>
    </message>
    <message>
        <source>{name}: {count} note(s) ({citizen} citizen, {professional} professional), {marked} marked, {harvested} in the plenary</source>
        <translation>{name}: {count} nodyn ({citizen} dinesydd, {professional} proffesiynol), {marked} wedi&apos;u marcio, {harvested} yn y sesiwn lawn</translation>
    </message>
    <message>
        <source>“{first}” ({first_table}) and “{second}” ({second_table})</source>
        <translation>“{first}” ({first_table}) a “{second}” ({second_table})</translation>
    </message>
    <message>
        <source>plenary</source>
        <translation>sesiwn lawn</translation>
    </message>
    <message>
        <source>{name}&apos;s marked notes are on the plenary board.</source>
        <translation>Mae nodiadau wedi&apos;u marcio {name} ar fwrdd y sesiwn lawn.</translation>
    </message>
</context>
<context>
    <name>TablesOverview</name>
    <message>
        <source>Tables overview</source>
        <translation>Trosolwg o&apos;r byrddau</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Y canlyniad diwethaf</translation>
    </message>
    <message>
        <source>This session has no tables yet: add them in Board ▸ Tables…</source>
        <translation>Does gan y sesiwn hon ddim byrddau eto: ychwanegwch nhw yn Bwrdd ▸ Byrddau…</translation>
    </message>
    <message>
        <source>Every table side by side on the projector</source>
        <translation>Pob bwrdd ochr yn ochr ar y taflunydd</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Role colour</source>
        <translation>Lliw&apos;r rôl</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Melyn</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Glas</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pinc</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oren</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Gwyn</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>person with lived experience</source>
        <translation>person â phrofiad bywyd</translation>
    </message>
    <message>
        <source>carer</source>
        <translation>gofalwr</translation>
    </message>
    <message>
        <source>community member</source>
        <translation>aelod o&apos;r gymuned</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>gweithiwr proffesiynol</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>hwylusydd</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>sylwedydd</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>cyfranogwr</translation>
    </message>
    <message>
        <source>role not recorded</source>
        <translation>rôl heb ei chofnodi</translation>
    </message>
    <message>
        <source>people with lived experience</source>
        <translation>pobl â phrofiad bywyd</translation>
    </message>
    <message>
        <source>carers</source>
        <translation>gofalwyr</translation>
    </message>
    <message>
        <source>community members</source>
        <translation>aelodau o&apos;r gymuned</translation>
    </message>
    <message>
        <source>professionals</source>
        <translation>gweithwyr proffesiynol</translation>
    </message>
    <message>
        <source>facilitators</source>
        <translation>hwyluswyr</translation>
    </message>
    <message>
        <source>observers</source>
        <translation>sylwedyddion</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>cyfranogwyr</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Arfaethedig</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Wedi&apos;i gytuno</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Wedi&apos;i ollwng</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Darganfod</translation>
    </message>
    <message>
        <source>Define</source>
        <translation>Diffinio</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>Datblygu</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Cyflawni</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <source>Review earlier actions</source>
        <translation>Adolygu camau gweithredu cynharach</translation>
    </message>
    <message>
        <source>Explore (capture)</source>
        <translation>Archwilio (cofnodi)</translation>
    </message>
    <message>
        <source>Make sense (themes)</source>
        <translation>Gwneud synnwyr (themâu)</translation>
    </message>
    <message>
        <source>Prioritise (vote)</source>
        <translation>Blaenoriaethu (pleidleisio)</translation>
    </message>
    <message>
        <source>Agree actions</source>
        <translation>Cytuno ar gamau gweithredu</translation>
    </message>
    <message>
        <source>How was today? (feedback)</source>
        <translation>Sut oedd heddiw? (adborth)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Yn barod</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Yn rhedeg</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wedi oedi</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Mae&apos;r amser ar ben</translation>
    </message>
    <message>
        <source>Jargon!</source>
        <translation>Jargon!</translation>
    </message>
    <message>
        <source>Slow down</source>
        <translation>Arafwch</translation>
    </message>
    <message>
        <source>I&apos;d like to speak</source>
        <translation>Hoffwn i siarad</translation>
    </message>
    <message>
        <source>Participant {number}</source>
        <translation>Cyfranogwr {number}</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Dienw</translation>
    </message>
    <message>
        <source>joined by phone</source>
        <translation>ymunodd drwy ffôn</translation>
    </message>
</context>
<context>
    <name>VotingTab</name>
    <message>
        <source>Dots per person</source>
        <translation>Dotiau i bob person</translation>
    </message>
    <message>
        <source>How many dots each participant can place.</source>
        <translation>Sawl dot y gall pob cyfranogwr ei osod.</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Dotiau i bob person:</translation>
    </message>
    <message>
        <source>Voting for</source>
        <translation>Pleidleisio dros</translation>
    </message>
    <message>
        <source>The person in the room you are placing dots for.</source>
        <translation>Y person yn yr ystafell rydych chi&apos;n gosod dotiau ar ei ran.</translation>
    </message>
    <message>
        <source>Voting &amp;for:</source>
        <translation>Pleidleisio &amp;dros:</translation>
    </message>
    <message>
        <source>Voting status</source>
        <translation>Statws y bleidlais</translation>
    </message>
    <message>
        <source>Notes to vote on</source>
        <translation>Nodiadau i bleidleisio arnynt</translation>
    </message>
    <message>
        <source>Choose a note, then press Enter or Add a dot. Selecting a note on the board selects it here too.</source>
        <translation>Dewiswch nodyn, yna pwyswch Enter neu Ychwanegu dot. Mae dewis nodyn ar y bwrdd yn ei ddewis yma hefyd.</translation>
    </message>
    <message>
        <source>Add a &amp;dot</source>
        <translation>Ychwanegu &amp;dot</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation>Ychwanegu dot</translation>
    </message>
    <message>
        <source>Places one of this person&apos;s dots on the chosen note.</source>
        <translation>Yn gosod un o ddotiau&apos;r person hwn ar y nodyn a ddewiswyd.</translation>
    </message>
    <message>
        <source>Take a dot &amp;back</source>
        <translation>Tynnu dot yn ô&amp;l</translation>
    </message>
    <message>
        <source>Take a dot back</source>
        <translation>Tynnu dot yn ôl</translation>
    </message>
    <message>
        <source>Removes this person&apos;s latest dot from the note.</source>
        <translation>Yn tynnu dot diweddaraf y person hwn oddi ar y nodyn.</translation>
    </message>
    <message>
        <source>Choose who is voting and a note first.</source>
        <translation>Dewiswch pwy sy&apos;n pleidleisio a nodyn yn gyntaf.</translation>
    </message>
    <message>
        <source>Dot added; {left} left for this person.</source>
        <translation>Dot wedi&apos;i ychwanegu; {left} ar ôl i&apos;r person hwn.</translation>
    </message>
    <message>
        <source>Dot taken back.</source>
        <translation>Dot wedi&apos;i dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>{name} ({role}) — {left} dots left</source>
        <translation>{name} ({role}) — {left} dot ar ôl</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 dot</translation>
    </message>
    <message>
        <source>{count} dots</source>
        <translation>{count} dot</translation>
    </message>
    <message>
        <source>Voting is paused: the board is locked.</source>
        <translation>Mae pleidleisio wedi&apos;i oedi: mae&apos;r bwrdd wedi&apos;i gloi.</translation>
    </message>
    <message>
        <source>Voting is closed: the record is final.</source>
        <translation>Mae pleidleisio ar gau: mae&apos;r cofnod yn derfynol.</translation>
    </message>
    <message>
        <source>Voting is open.</source>
        <translation>Mae pleidleisio ar agor.</translation>
    </message>
    <message>
        <source>Voting is closed until a Prioritise (vote) stage.</source>
        <translation>Mae pleidleisio ar gau tan gam Blaenoriaethu (pleidleisio).</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <source>Welcome to Co-design workshop</source>
        <translation>Croeso i&apos;r Gweithdy cyd-ddylunio</translation>
    </message>
    <message>
        <source>Run sessions where people who use a service and the professionals who run it decide together: capture what people say, group it, vote and agree actions.</source>
        <translation>Cynhaliwch sesiynau lle mae pobl sy&apos;n defnyddio gwasanaeth a&apos;r gweithwyr proffesiynol sy&apos;n ei redeg yn penderfynu gyda&apos;i gilydd: cofnodwch beth mae pobl yn ei ddweud, grwpiwch ef, pleidleisiwch a chytunwch ar gamau gweithredu.</translation>
    </message>
    <message>
        <source>Explore the demo workshop</source>
        <translation>Archwilio&apos;r gweithdy enghreifftiol</translation>
    </message>
    <message>
        <source>A council and the people who use its home care service, with two sessions of notes, votes and actions, so you can see every part of the app before your own workshop.</source>
        <translation>Cyngor a&apos;r bobl sy&apos;n defnyddio ei wasanaeth gofal cartref, gyda dwy sesiwn o nodiadau, pleidleisiau a chamau gweithredu, er mwyn i chi weld pob rhan o&apos;r ap cyn eich gweithdy eich hun.</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Agor yr &amp;enghraifft</translation>
    </message>
    <message>
        <source>Adds the demo workshop to this database</source>
        <translation>Yn ychwanegu&apos;r gweithdy enghreifftiol at y gronfa ddata hon</translation>
    </message>
    <message>
        <source>Start a new workshop</source>
        <translation>Dechrau gweithdy newydd</translation>
    </message>
    <message>
        <source>Name your workshop and choose a method for its first session; the template sets up the board&apos;s columns and the agenda, which you can change.</source>
        <translation>Rhowch enw i&apos;ch gweithdy a dewiswch ddull ar gyfer ei sesiwn gyntaf; mae&apos;r templed yn gosod colofnau&apos;r bwrdd a&apos;r agenda, a gallwch eu newid.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>e.g. Home care in Riverside</source>
        <translation>e.e. Gofal cartref yn Glan yr Afon</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>e.g. Riverside Council</source>
        <translation>e.e. Cyngor Glan yr Afon</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Dull:</translation>
    </message>
    <message>
        <source>&amp;Create the workshop</source>
        <translation>&amp;Creu&apos;r gweithdy</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nid nawr</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Facilitation</source>
        <translation>Hwyluso</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>Live participation</source>
        <translation>Cyfranogi byw</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Adborth</translation>
    </message>
    <message>
        <source>Jargon card</source>
        <translation>Cerdyn jargon</translation>
    </message>
    <message>
        <source>Board as a list</source>
        <translation>Y bwrdd fel rhestr</translation>
    </message>
    <message>
        <source>Easy Read</source>
        <translation>Hawdd ei Ddeall</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Not for the public record / redact…</source>
        <translation>Nid ar gyfer y cofnod cyhoeddus / golygu i guddio…</translation>
    </message>
    <message>
        <source>Keep a note inside the app but out of exports, or redact part of it.</source>
        <translation>Cadw nodyn yn yr ap ond allan o allforion, neu guddio rhan ohono.</translation>
    </message>
    <message>
        <source>New action from this theme…</source>
        <translation>Cam gweithredu newydd o’r thema hon…</translation>
    </message>
    <message>
        <source>Agree an action traced to every note of the selected theme.</source>
        <translation>Cytuno ar gam gweithredu sy’n dod o bob nodyn yn y thema a ddewiswyd.</translation>
    </message>
    <message>
        <source>Export &amp;record…</source>
        <translation>Allforio&apos;r &amp;cofnod…</translation>
    </message>
    <message>
        <source>Write the session&apos;s record as a PDF or an accessible web page.</source>
        <translation>Ysgrifennu cofnod y sesiwn fel PDF neu dudalen we hygyrch.</translation>
    </message>
    <message>
        <source>&amp;Import workshop…</source>
        <translation>&amp;Mewnforio gweithdy…</translation>
    </message>
    <message>
        <source>Add a workshop from an interchange file (.json).</source>
        <translation>Ychwanegu gweithdy o ffeil gyfnewid (.json).</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>G&amp;osodiadau…</translation>
    </message>
    <message>
        <source>Session &amp;details…</source>
        <translation>&amp;Manylion y sesiwn…</translation>
    </message>
    <message>
        <source>Venue, purpose, level of involvement, next steps and the summary.</source>
        <translation>Lleoliad, diben, lefel cyfranogi, camau nesaf a’r crynodeb.</translation>
    </message>
    <message>
        <source>Export &amp;actions (CSV)…</source>
        <translation>Allforio &amp;camau gweithredu (CSV)…</translation>
    </message>
    <message>
        <source>Every action of the workshop, for an officer&apos;s tracker.</source>
        <translation>Pob cam gweithredu yn y gweithdy, ar gyfer traciwr swyddog.</translation>
    </message>
    <message>
        <source>Mark record &amp;final…</source>
        <translation>Nodi bod y cofnod yn &amp;derfynol…</translation>
    </message>
    <message>
        <source>The people who took part have checked it; it then refuses changes.</source>
        <translation>Mae’r bobl a gymerodd ran wedi’i wirio; yna mae’n gwrthod newidiadau.</translation>
    </message>
    <message>
        <source>Re&amp;open record…</source>
        <translation>&amp;Ailagor y cofnod…</translation>
    </message>
    <message>
        <source>Make a final record a draft again to change it.</source>
        <translation>Troi cofnod terfynol yn ddrafft eto i’w newid.</translation>
    </message>
    <message>
        <source>Open a session first; the record is made from its board.</source>
        <translation>Agorwch sesiwn yn gyntaf; mae&apos;r cofnod yn cael ei wneud o&apos;i bwrdd.</translation>
    </message>
    <message>
        <source>Select a note of one theme to agree an action from that theme.</source>
        <translation>Dewiswch nodyn o un thema i gytuno ar gam gweithredu o’r thema honno.</translation>
    </message>
    <message>
        <source>Select one note to redact or keep out of the public record.</source>
        <translation>Dewiswch un nodyn i&apos;w guddio&apos;n rhannol neu i&apos;w gadw allan o&apos;r cofnod cyhoeddus.</translation>
    </message>
    <message>
        <source>Add &amp;photo of paper…</source>
        <translation>Ychwanegu &amp;llun o bapur…</translation>
    </message>
    <message>
        <source>Turn the sticky notes in a photo into notes to review, or keep a flipchart as a picture. You can also drop a photo on the window.</source>
        <translation>Troi&apos;r nodiadau gludiog mewn llun yn nodiadau i&apos;w hadolygu, neu gadw siart troi fel llun. Gallwch hefyd ollwng llun ar y ffenestr.</translation>
    </message>
    <message>
        <source>Re&amp;view notes from photos…</source>
        <translation>&amp;Adolygu nodiadau o luniau…</translation>
    </message>
    <message>
        <source>Open a session first, then add photos.</source>
        <translation>Agorwch sesiwn yn gyntaf, yna ychwanegwch luniau.</translation>
    </message>
    <message>
        <source>A photo of paper came in; {count} notes from photos are waiting for review (File › Review notes from photos…).</source>
        <translation>Daeth llun o bapur i mewn; mae {count} nodyn o luniau yn aros i gael eu hadolygu (Ffeil › Adolygu nodiadau o luniau…).</translation>
    </message>
    <message>
        <source>No notes from photos are waiting for review.</source>
        <translation>Does dim nodiadau o luniau yn aros i gael eu hadolygu.</translation>
    </message>
</context>
</TS>
