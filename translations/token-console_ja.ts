<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AdminApi</name>
    <message>
        <source>The sandbox could not complete the request. Try again; if it keeps failing, check the sandbox log.</source>
        <translation>サンドボックスで要求を完了できませんでした。もう一度お試しください。失敗が続く場合はサンドボックスのログを確認してください。</translation>
    </message>
    <message>
        <source>The limit must be a whole number from 1 to 1000.</source>
        <translation>limit には 1～1000 の整数を指定してください。</translation>
    </message>
    <message>
        <source>The paging cursor is not one this server issued. Start again from the first page.</source>
        <translation>このページングカーソルはこのサーバーが発行したものではありません。最初のページからやり直してください。</translation>
    </message>
    <message>
        <source>The request body is not valid JSON. Send a JSON object.</source>
        <translation>要求本文が正しい JSON ではありません。JSON オブジェクトを送信してください。</translation>
    </message>
    <message>
        <source>The request body is larger than 64 KiB. Send a smaller body.</source>
        <translation>要求本文が 64 KiB を超えています。もっと小さい本文を送信してください。</translation>
    </message>
    <message>
        <source>This needs the Manage Users permission. Ask an account admin to do it or to grant you the permission.</source>
        <translation>この操作には「ユーザーの管理」権限が必要です。アカウント管理者に操作を依頼するか、権限の付与を依頼してください。</translation>
    </message>
    <message>
        <source>No such token in this account. Refresh the list; it may have been removed.</source>
        <translation>このアカウントにそのトークンはありません。一覧を更新してください。削除された可能性があります。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>要求本文は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>Sign in first: the request has no valid session.</source>
        <translation>先にサインインしてください。要求に有効なセッションがありません。</translation>
    </message>
    <message>
        <source>The session expired after 8 hours without use. Sign in again.</source>
        <translation>8 時間使用されなかったため、セッションの有効期限が切れました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Send &quot;login&quot; and &quot;password&quot; as strings.</source>
        <translation>&quot;login&quot; と &quot;password&quot; を文字列で送信してください。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this login. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>このログインのサインイン失敗が多すぎます。%n 分待ってから、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The login or password is wrong. Check both and try again.</source>
        <translation>ログインまたはパスワードが正しくありません。両方を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This account&apos;s contract does not include Connect, so it cannot have API tokens. Contact your ON24 account manager.</source>
        <translation>このアカウントの契約には Connect が含まれていないため、API トークンを持てません。ON24 のアカウント担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>&quot;userId&quot; must be the number of a user of this account.</source>
        <translation>&quot;userId&quot; にはこのアカウントのユーザー番号を指定してください。</translation>
    </message>
    <message>
        <source>Access must be &quot;all_endpoints&quot; or a non-empty list of: %1.</source>
        <translation>access には &quot;all_endpoints&quot; か、次の値の空でないリストを指定してください: %1。</translation>
    </message>
    <message>
        <source>There is no user %1 in this account. Pick a login from the user list.</source>
        <translation>このアカウントにユーザー %1 はいません。ユーザー一覧からログインを選んでください。</translation>
    </message>
    <message>
        <source>This login already has a token (one token per login). Enable or rename the existing one instead.</source>
        <translation>このログインにはすでにトークンがあります（1 ログインにつき 1 トークン）。代わりに既存のトークンを有効化するか、名前を変更してください。</translation>
    </message>
    <message>
        <source>Send If-Match with the token&apos;s version (its ETag) so a change made by someone else is not overwritten.</source>
        <translation>他の人の変更を上書きしないよう、トークンのバージョン（ETag）を If-Match で送信してください。</translation>
    </message>
    <message>
        <source>The token changed since you loaded it. Reload it and try again.</source>
        <translation>読み込んだ後にトークンが変更されました。読み込み直して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The token is already disabled.</source>
        <translation>このトークンはすでに無効です。</translation>
    </message>
    <message>
        <source>The token is already active.</source>
        <translation>このトークンはすでに有効です。</translation>
    </message>
    <message>
        <source>The request did not arrive in time. Check the connection and send it again.</source>
        <translation>要求が時間内に届きませんでした。接続を確認して、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The request headers are larger than 64 KiB. Send smaller headers.</source>
        <translation>要求ヘッダーが 64 KiB を超えています。もっと小さいヘッダーを送信してください。</translation>
    </message>
    <message>
        <source>The name must be 1 to 64 characters, without control characters or invisible direction and zero-width characters.</source>
        <translation>名前は、制御文字や目に見えない方向制御文字・ゼロ幅文字を含まない 1～64 文字にしてください。</translation>
    </message>
    <message>
        <source>The owner must be at most 128 characters, without control characters or invisible direction and zero-width characters.</source>
        <translation>所有者は、制御文字や目に見えない方向制御文字・ゼロ幅文字を含まない 128 文字以内にしてください。</translation>
    </message>
    <message>
        <source>The notes must be at most 2000 characters, without control characters other than line breaks and tabs, and without invisible direction and zero-width characters.</source>
        <translation>メモは、改行とタブ以外の制御文字や、目に見えない方向制御文字・ゼロ幅文字を含まない 2000 文字以内にしてください。</translation>
    </message>
    <message>
        <source>Send at least one of &quot;name&quot;, &quot;owner&quot;, &quot;notes&quot; or &quot;access&quot;.</source>
        <translation>&quot;name&quot;、&quot;owner&quot;、&quot;notes&quot;、&quot;access&quot; のうち少なくとも 1 つを送信してください。</translation>
    </message>
    <message>
        <source>&quot;graceHours&quot; must be a whole number of hours from 0 to 168.</source>
        <translation>&quot;graceHours&quot; は 0～168 の整数 (時間) にしてください。</translation>
    </message>
    <message>
        <source>The token is disabled, so its secret cannot be rotated. Enable it first.</source>
        <translation>トークンが無効なため、シークレットをローテーションできません。先に有効にしてください。</translation>
    </message>
    <message>
        <source>The days must be a whole number from 1 to 90.</source>
        <translation>日数は 1～90 の整数にしてください。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source> The server said: “%1”</source>
        <translation> サーバーの応答:「%1」</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the server address and your network connection, then try again.</source>
        <translation>サーバーに接続できませんでした（%1）。サーバーのアドレスとネットワーク接続を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>接続なし</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check that it is running and reachable, then try again.</source>
        <translation>サーバーが時間内に応答しませんでした。サーバーが稼働していて接続できることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Check the server address; if the server uses its own certificate, have it installed in the system&apos;s trust store.</source>
        <translation>安全な接続に失敗しました: %1。サーバーのアドレスを確認してください。サーバーが独自の証明書を使っている場合は、システムの信頼済み証明書ストアにインストールしてもらってください。</translation>
    </message>
    <message>
        <source>certificate or handshake error</source>
        <translation>証明書またはハンドシェイクのエラー</translation>
    </message>
    <message>
        <source>Refused to connect to %1 over plain http: only this computer (localhost) may be used without encryption. Use an https:// address.</source>
        <translation>暗号化されていない http での %1 への接続を拒否しました。暗号化なしで使えるのはこのコンピューター（localhost）だけです。https:// のアドレスを使ってください。</translation>
    </message>
    <message>
        <source>a remote server</source>
        <translation>リモートサーバー</translation>
    </message>
    <message>
        <source>The login or password is wrong. Check both and sign in again.</source>
        <translation>ログインまたはパスワードが正しくありません。両方を確認して、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The server did not accept the session. Sign in again.</source>
        <translation>サーバーがセッションを受け付けませんでした。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your session has expired. Enter your password to sign in again.</source>
        <translation>セッションの有効期限が切れました。パスワードを入力して、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>You do not have permission to do this: it needs the Manage Users permission. Ask an account administrator.</source>
        <translation>この操作を行う権限がありません。「ユーザーの管理」権限が必要です。アカウント管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The account&apos;s contract does not include Connect, so API tokens cannot be provisioned. Contact your ON24 account manager.</source>
        <translation>アカウントの契約に Connect が含まれていないため、API トークンを発行できません。ON24 のアカウント担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>This login already has a token (one token per login). Use the existing token, or disable it and provision for another login.</source>
        <translation>このログインにはすでにトークンがあります（1 ログインにつき 1 トークン）。既存のトークンを使うか、無効にしてから別のログインに発行してください。</translation>
    </message>
    <message>
        <source>The token is already disabled. Refresh the list to see its current state.</source>
        <translation>このトークンはすでに無効です。一覧を更新して現在の状態を確認してください。</translation>
    </message>
    <message>
        <source>The token is already active. Refresh the list to see its current state.</source>
        <translation>このトークンはすでに有効です。一覧を更新して現在の状態を確認してください。</translation>
    </message>
    <message>
        <source>The request conflicts with the token&apos;s current state. Refresh and try again.</source>
        <translation>要求がトークンの現在の状態と矛盾しています。更新してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Someone else changed this token meanwhile. Refresh the list and try again.</source>
        <translation>その間に他の人がこのトークンを変更しました。一覧を更新して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server refused the request as invalid. Correct the input and try again.</source>
        <translation>サーバーが要求を無効として拒否しました。入力を修正して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The token or resource was not found; it may have been removed. Refresh the list and check the id.</source>
        <translation>トークンまたはリソースが見つかりません。削除された可能性があります。一覧を更新して ID を確認してください。</translation>
    </message>
    <message>
        <source>Too many attempts: the server refuses further sign-ins for a while. Wait 15 minutes and try again.</source>
        <translation>試行回数が多すぎます。しばらくの間、サーバーはサインインを受け付けません。15 分待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Try again later; if it persists, contact the server&apos;s administrator.</source>
        <translation>サーバーで内部エラーが発生しました（HTTP %1）。後でもう一度お試しください。解決しない場合はサーバーの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The server sent an answer this version cannot read (%1). Check that the server address points to a Token Admin API v1.</source>
        <translation>サーバーから、このバージョンでは読み取れない応答が返されました（%1）。サーバーのアドレスが Token Admin API v1 を指しているか確認してください。</translation>
    </message>
    <message>
        <source>unexpected response</source>
        <translation>予期しない応答</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>要求はキャンセルされました。</translation>
    </message>
    <message>
        <source> The server may have made the change anyway: refresh the list before trying again.</source>
        <translation> それでもサーバーが変更を行った可能性があります。もう一度試す前に一覧を更新してください。</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minute(s).</source>
        <translation>
            <numerusform>%n 分後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is receiving too many requests. Wait a minute, then try again.</source>
        <translation>サーバーへのリクエストが多すぎます。1 分待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server is receiving too many requests and asks to wait.</source>
        <translation>サーバーへのリクエストが多すぎるため、待つよう求められています。</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP %1).</source>
        <translation>サーバーは一時的に利用できません（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server sent its answer too slowly to finish in time. Check your network connection and that the server is not overloaded, then try again.</source>
        <translation>サーバーの応答が遅すぎて、時間内に完了しませんでした。ネットワーク接続と、サーバーが過負荷になっていないかを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke off before it was complete. Check that the server is running and reachable, then try again.</source>
        <translation>サーバーの応答が完了する前に途切れました。サーバーが動作していて接続できることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB, more than Token Console reads, so it stopped. Check that the server address points to a Token Admin API or to ON24, not to a download or a proxy.</source>
        <translation>サーバーの応答が %1 MiB を超えており、Token Console が読み取る上限を上回るため、読み取りを中止しました。サーバーのアドレスがダウンロードやプロキシではなく、Token Admin API または ON24 を指していることを確認してください。</translation>
    </message>
    <message>
        <source>The server redirected the request to %1. Token Console does not follow redirects, so that passwords and secrets go only to the address you entered. If the server has moved, enter its new address.</source>
        <translation>サーバーはリクエストを %1 にリダイレクトしました。パスワードやシークレットが入力したアドレスにだけ送られるよう、Token Console はリダイレクトをたどりません。サーバーが移転した場合は、新しいアドレスを入力してください。</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>別のアドレス</translation>
    </message>
</context>
<context>
    <name>BandStyle</name>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>危険</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>There is no token with id “%1”. Run “token-console list” to see the ids.</source>
        <translation>ID が「%1」のトークンはありません。「token-console list」を実行して ID を確認してください。</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1「%2」（%3）</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation>不明な形式「%1」です。table、csv、json のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>1 日未満</translation>
    </message>
    <message>
        <source>DISABLED  %1 was disabled for inactivity on %2; enable it with “token-console enable %3”.</source>
        <translation>無効      %1 は %2 に非アクティブのため無効化されました。「token-console enable %3」で有効にできます。</translation>
    </message>
    <message>
        <source>The account has no user with the login “%1”. Check the spelling; tokens can only be provisioned for existing users.</source>
        <translation>アカウントにログイン「%1」のユーザーはいません。綴りを確認してください。トークンは既存のユーザーにのみ発行できます。</translation>
    </message>
    <message>
        <source>No usable keychain, so the new secret could not be stored (%1). Nothing was provisioned. Fix the keychain, or add --print-secret to get the secret on standard output once.</source>
        <translation>使用できるキーチェーンがないため、新しいシークレットを保存できませんでした（%1）。何も発行していません。キーチェーンを修復するか、--print-secret を付けてシークレットを標準出力に一度だけ表示してください。</translation>
    </message>
    <message>
        <source>Provisioned %1; its secret is in the keychain as %2.</source>
        <translation>%1 を発行しました。シークレットはキーチェーンに %2 として保存されています。</translation>
    </message>
    <message>
        <source>Provisioned %1; the secret was NOT stored (%2): copy it now, it is never shown again.</source>
        <translation>%1 を発行しました。シークレットは保存されていません（%2）。今すぐコピーしてください。二度と表示されません。</translation>
    </message>
    <message>
        <source>Provisioned %1, but its secret could not be stored (%2) and is lost. Disable this token and provision again once the keychain works.</source>
        <translation>%1 を発行しましたが、シークレットを保存できず（%2）、失われました。このトークンを無効にし、キーチェーンが使えるようになってから発行し直してください。</translation>
    </message>
    <message>
        <source>Renamed %1 (was “%2”).</source>
        <translation>%1 の名前を変更しました（変更前:「%2」）。</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 を無効にしました。</translation>
    </message>
    <message>
        <source>Enabled %1; its inactivity count starts again now.</source>
        <translation>%1 を有効にしました。非アクティブ期間のカウントは今から再開します。</translation>
    </message>
    <message>
        <source>No local secret for %1: this computer&apos;s keychain does not hold its secret, so it cannot be verified here. Verify it where it was provisioned.</source>
        <translation>%1 のローカルシークレットがありません。このコンピューターのキーチェーンにシークレットがないため、ここでは検証できません。発行したコンピューターで検証してください。</translation>
    </message>
    <message>
        <source>WORKS     %1: %2</source>
        <translation>正常      %1: %2</translation>
    </message>
    <message>
        <source>FAILED    %1: %2</source>
        <translation>失敗      %1: %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <source>UNKNOWN   %1: no activity of it is known here. Verify it, or set the Last Activity date ON24&apos;s page shows.</source>
        <translation>不明      %1: ここではこのトークンのアクティビティが分かっていません。検証するか、ON24 のページに表示される「Last Activity」の日付を設定してください。</translation>
    </message>
    <message>
        <source>DISABLED  %1 is disabled on ON24 (last verify: %2). Enable it on ON24&apos;s page, then verify it.</source>
        <translation>無効      %1 は ON24 で無効になっています（最終検証: %2）。ON24 のページで有効にしてから検証してください。</translation>
    </message>
    <message>
        <source>No token of this connection has its secret on this computer, so none can be verified. Secrets are stored when you provision or add a pair here.</source>
        <translation>この接続のトークンには、シークレットがこのコンピューターにあるものがないため、どれも検証できません。シークレットは、ここでトークンを発行するかペアを追加したときに保存されます。</translation>
    </message>
    <message>
        <source>ADDED     %1: ON24 answered, so the pair works; its secret is in the keychain.</source>
        <translation>追加      %1: ON24 が応答したため、ペアは機能しています。シークレットはキーチェーンにあります。</translation>
    </message>
    <message>
        <source>ADDED     %1 as disabled: ON24 says “%2”. Enable it on ON24&apos;s page, then verify it.</source>
        <translation>追加      %1（無効として）: ON24 の応答は「%2」です。ON24 のページで有効にしてから検証してください。</translation>
    </message>
    <message>
        <source>ADDED     %1 unverified: ON24&apos;s call quota is used up (“%2”). Verify it again in an hour.</source>
        <translation>追加      %1（未検証）: ON24 の呼び出し上限に達しています（「%2」）。1 時間後にもう一度検証してください。</translation>
    </message>
    <message>
        <source>Updated %1 on this computer: owner “%2”, keep-alive %3.</source>
        <translation>このコンピューターで %1 を更新しました: 担当者「%2」、キープアライブ %3。</translation>
    </message>
    <message>
        <source>Forgot %1 on this computer; ON24 was not touched.</source>
        <translation>このコンピューターで %1 を忘れました。ON24 は変更していません。</translation>
    </message>
    <message>
        <source>can provision</source>
        <translation>発行可能</translation>
    </message>
    <message>
        <source>WAITING   %1: ON24&apos;s quota refused it; next try after %2.</source>
        <translation>待機      %1: ON24 の呼び出し上限により拒否されました。次回の試行は %2 以降です。</translation>
    </message>
    <message>
        <source>KEPT ALIVE %1: %2</source>
        <translation>キープ済み %1: %2</translation>
    </message>
    <message>
        <source>No token has keep-alive switched on: nothing to do. Switch it on with “token-console set KEY --keep-alive on”.</source>
        <translation>キープアライブがオンのトークンはありません。何もすることはありません。「token-console set KEY --keep-alive on」でオンにしてください。</translation>
    </message>
    <message>
        <source>%1 kept alive, %2 failed, of %3 opted in.</source>
        <translation>キープアライブ対象 %3 件のうち、%1 件成功、%2 件失敗しました。</translation>
    </message>
    <message numerus="yes">
        <source>DISABLED  %1 is presumably disabled for inactivity: its last known activity was %n day(s) ago. Enable it on ON24&apos;s page, then verify it.</source>
        <translation>
            <numerusform>無効      %1 は非アクティブのため無効化されている可能性があります。最後に分かっているアクティビティは %n 日前です。ON24 のページで有効にしてから検証してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AT RISK   %1 auto-disables in %2 (inactive %n day(s)).</source>
        <translation>
            <numerusform>要注意    %1 はあと %2で自動的に無効化されます（%n 日間未使用）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK        %n token(s) checked: none has %1 or less before it auto-disables, and none is disabled for inactivity.</source>
        <translation>
            <numerusform>OK        %n 個のトークンを確認しました。自動無効化まで %1 以下のものも、非アクティブで無効化されたものもありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>No token matches the filter “%1”: nothing to do.</source>
        <translation>フィルター「%1」に一致するトークンはありません。何もしません。</translation>
    </message>
    <message>
        <source>DISABLED  %1</source>
        <translation>無効化    %1</translation>
    </message>
    <message>
        <source>ENABLED   %1; its inactivity count starts again now.</source>
        <translation>有効化    %1。非アクティブ期間のカウントは今から数え直されます。</translation>
    </message>
    <message>
        <source>SKIPPED   %1: %2</source>
        <translation>スキップ  %1: %2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped.</source>
        <translation>完了 %1 件、失敗 %2 件、スキップ %3 件。</translation>
    </message>
    <message>
        <source>Updated %1: owner “%2”, notes “%3”.</source>
        <translation>%1 を更新しました: 担当者「%2」、メモ「%3」。</translation>
    </message>
    <message>
        <source>No usable keychain, so the new secret could not be stored (%1). Nothing was rotated. Fix the keychain, or add --print-secret to get the secret on standard output once.</source>
        <translation>使用できるキーチェーンがないため、新しいシークレットを保存できませんでした (%1)。何もローテーションしていません。キーチェーンを修復するか、--print-secret を付けてシークレットを標準出力に一度だけ出力してください。</translation>
    </message>
    <message>
        <source>The previous secret works until %1 (%2 UTC).</source>
        <translation>以前のシークレットは %1 (%2 UTC) まで使えます。</translation>
    </message>
    <message>
        <source>The previous secret no longer works.</source>
        <translation>以前のシークレットはもう使えません。</translation>
    </message>
    <message>
        <source>Rotated the secret of %1; the new secret is in the keychain as %2.</source>
        <translation>%1 のシークレットをローテーションしました。新しいシークレットはキーチェーンに %2 として保存されています。</translation>
    </message>
    <message>
        <source>Rotated the secret of %1; the new secret was NOT stored (%2): copy it now, it is never shown again.</source>
        <translation>%1 のシークレットをローテーションしましたが、新しいシークレットは保存されていません (%2)。今すぐコピーしてください。二度と表示されません。</translation>
    </message>
    <message>
        <source>Rotated the secret of %1, but the new secret could not be stored (%2) and is lost. Rotate again once the keychain works.</source>
        <translation>%1 のシークレットをローテーションしましたが、新しいシークレットを保存できず (%2)、失われました。キーチェーンが使えるようになったら再度ローテーションしてください。</translation>
    </message>
    <message>
        <source>Calls of %1 by API area in the last %2:</source>
        <translation>%1 の API 領域ごとの呼び出し (直近 %2):</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最終 %1</translation>
    </message>
    <message>
        <source>Access: %1.</source>
        <translation>アクセス: %1。</translation>
    </message>
    <message>
        <source>Held but not used in these days: %1. Narrow the access in the console&apos;s details panel (Narrow Access…) to what the integration uses.</source>
        <translation>この期間に許可されていたが使われなかった領域: %1。コンソールの詳細パネル (アクセスを絞り込む…) で、連携が使う範囲にアクセスを絞り込んでください。</translation>
    </message>
    <message numerus="yes">
        <source>SKIPPED   %1: inactive %n day(s), below the threshold of %2.</source>
        <translation>
            <numerusform>スキップ  %1: 非アクティブ %n 日で、しきい値の %2に達していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>SKIPPED   %1: inactivity unknown, below the threshold of %2.</source>
        <translation>スキップ  %1: 非アクティブ期間は不明で、しきい値の %2に達していません。</translation>
    </message>
    <message numerus="yes">
        <source>WOULD CALL %1: inactive %n day(s) (dry run, no call made).</source>
        <translation>
            <numerusform>呼び出し予定 %1: 非アクティブ %n 日（ドライラン。呼び出しは行っていません）。</numerusform>
        </translation>
    </message>
    <message>
        <source>WOULD CALL %1: inactivity unknown (dry run, no call made).</source>
        <translation>呼び出し予定 %1: 非アクティブ期間は不明（ドライラン。呼び出しは行っていません）。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Platform</source>
        <translation>プラットフォームに接続</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>プロファイル名(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例: 本番環境</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>サーバー URL(&amp;S):</translation>
    </message>
    <message>
        <source>https://tokens.example.com</source>
        <translation>https://tokens.example.com</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>ログイン(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>パスワードをキーチェーンに記憶する(&amp;R)</translation>
    </message>
    <message>
        <source>ON24 API &amp;base:</source>
        <translation>ON24 API のベース URL(&amp;B):</translation>
    </message>
    <message>
        <source>https://api.on24.com/v2</source>
        <translation>https://api.on24.com/v2</translation>
    </message>
    <message>
        <source>ON24 re&amp;gion:</source>
        <translation>ON24 リージョン(&amp;G):</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the data folder %1: check the path and its permissions.</source>
        <translation>データフォルダー %1 を作成できません。パスとそのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>Cannot open the sandbox database in %1 (%2). Check that the folder is writable and not used by another program.</source>
        <translation>%1 のサンドボックスのデータベースを開けません（%2）。フォルダーに書き込みができ、他のプログラムが使用していないことを確認してください。</translation>
    </message>
    <message>
        <source>Cannot configure the sandbox database (%1). Use another data folder.</source>
        <translation>サンドボックスのデータベースを設定できません（%1）。別のデータフォルダーを使ってください。</translation>
    </message>
    <message>
        <source>Cannot create the sandbox database (%1). Use an empty data folder.</source>
        <translation>サンドボックスのデータベースを作成できません（%1）。空のデータフォルダーを使ってください。</translation>
    </message>
</context>
<context>
    <name>NewSecretDialog</name>
    <message>
        <source>New Token Secret</source>
        <translation>新しいトークンのシークレット</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <source>Token key</source>
        <translation>トークンのキー</translation>
    </message>
    <message>
        <source>Copy K&amp;ey</source>
        <translation>キーをコピー(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>シークレット(&amp;S):</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>トークンのシークレット</translation>
    </message>
    <message>
        <source>&amp;Copy Secret</source>
        <translation>シークレットをコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ProvisionDialog</name>
    <message>
        <source>Provision a Token</source>
        <translation>トークンの発行</translation>
    </message>
    <message>
        <source>A token lets one integration call the ON24 API as the chosen login. Each login can have one token.</source>
        <translation>トークンを使うと、1 つの連携サービスが選択したログインとして ON24 API を呼び出せます。各ログインが持てるトークンは 1 つです。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>ログイン(&amp;L):</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>アクセス:</translation>
    </message>
    <message>
        <source>&amp;All endpoints</source>
        <translation>すべてのエンドポイント(&amp;A)</translation>
    </message>
    <message>
        <source>Only these API a&amp;reas:</source>
        <translation>次の API 領域のみ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>トークン名</translation>
    </message>
    <message>
        <source>e.g. Salesforce</source>
        <translation>例: Salesforce</translation>
    </message>
    <message>
        <source>Name it after its purpose (the integration that will use it), so others know what disabling it would stop.</source>
        <translation>用途（使用する連携サービス）に合わせて名前を付けてください。無効化したときに何が止まるか、他の人にも分かります。</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename Token</source>
        <translation>トークン名の変更</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新しい名前</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>Unknown seed &quot;%1&quot;: use demo, none or bulk:N (N from 0 to %2).</source>
        <translation>不明な初期データ &quot;%1&quot; です。demo、none、bulk:N（N は 0～%2）のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Could not seed the sandbox database (%1). See the log above, then try an empty data folder.</source>
        <translation>サンドボックスのデータベースに初期データを投入できませんでした（%1）。上のログを確認してから、空のデータフォルダーで試してください。</translation>
    </message>
    <message>
        <source>Could not seed the sandbox database: it is locked. Try again.</source>
        <translation>サンドボックスのデータベースに初期データを投入できませんでした。ロックされています。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Accessibility</name>
    <message>
        <source>More tools</source>
        <translation>その他のツール</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>その他のメニュー</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AddExistingCommand</name>
    <message>
        <source>Added “%1”: ON24 answered, so the pair works, and this call counts as activity.</source>
        <translation>「%1」を追加しました。ON24 が応答したため、ペアは機能しています。この呼び出しはアクティビティとして記録されます。</translation>
    </message>
    <message>
        <source>Added “%1” as disabled: ON24 says the pair is deactivated (%2). Enable it on ON24&apos;s page, then verify it here.</source>
        <translation>「%1」を無効として追加しました。ON24 によると、このペアは無効化されています（%2）。ON24 のページで有効にしてから、ここで検証してください。</translation>
    </message>
    <message>
        <source>Added “%1” unverified: ON24&apos;s call quota is used up for now (%2). Verify it again in an hour.</source>
        <translation>「%1」を未検証のまま追加しました。ON24 の呼び出し上限に現在達しています（%2）。1 時間後にもう一度検証してください。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AddPairDialog</name>
    <message>
        <source>The account&apos;s logins could not be read (%1). Type the login, or leave it empty.</source>
        <translation>アカウントのログインを読み取れませんでした（%1）。ログインを入力するか、空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Add Existing Token</source>
        <translation>既存のトークンを追加</translation>
    </message>
    <message>
        <source>Add a token pair made on ON24&apos;s page (Platform Tools › Integrations › API Tokens). It is checked with one real ON24 call before anything is stored; the secret goes to this computer&apos;s keychain and nowhere else.</source>
        <translation>ON24 のページ（Platform Tools › Integrations › API Tokens）で作成したトークンのペアを追加します。何かを保存する前に、実際の ON24 呼び出しを 1 回行って確認します。シークレットはこのコンピューターのキーチェーンにだけ保存されます。</translation>
    </message>
    <message>
        <source>32 capital letters and digits</source>
        <translation>英大文字と数字の 32 文字</translation>
    </message>
    <message>
        <source>Token key</source>
        <translation>トークンのキー</translation>
    </message>
    <message>
        <source>Token &amp;key:</source>
        <translation>トークンのキー(&amp;K):</translation>
    </message>
    <message>
        <source>128 hexadecimal characters; paste it</source>
        <translation>16 進数 128 文字。貼り付けてください</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>トークンのシークレット</translation>
    </message>
    <message>
        <source>Token &amp;secret:</source>
        <translation>トークンのシークレット(&amp;S):</translation>
    </message>
    <message>
        <source>What uses it, e.g. Salesforce</source>
        <translation>使用するもの（例: Salesforce）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Login (optional):</source>
        <translation>ログイン（任意）(&amp;L):</translation>
    </message>
    <message>
        <source>Who to tell when it is at risk</source>
        <translation>危険なときに知らせる相手</translation>
    </message>
    <message>
        <source>&amp;Owner (optional):</source>
        <translation>担当者（任意）(&amp;O):</translation>
    </message>
    <message>
        <source>No&amp;tes (optional):</source>
        <translation>メモ（任意）(&amp;T):</translation>
    </message>
    <message>
        <source>Last activity as ON24&apos;s page shows it</source>
        <translation>ON24 のページに表示される最終アクティビティ</translation>
    </message>
    <message>
        <source>Last activity on ON24&apos;s page:</source>
        <translation>ON24 のページの最終アクティビティ:</translation>
    </message>
    <message>
        <source>ON24 disables a token after 60 days without activity so that forgotten tokens stop working. Keep alive only tokens an integration still needs but uses rarely.</source>
        <translation>ON24 は、忘れられたトークンが使えなくなるよう、アクティビティのない状態が 60 日続いたトークンを無効化します。キープアライブは、連携サービスがまだ必要としているものの、めったに使わないトークンにだけ使ってください。</translation>
    </message>
    <message>
        <source>&amp;Add and Verify</source>
        <translation>追加して検証(&amp;A)</translation>
    </message>
    <message>
        <source>Type the login, or leave it empty.</source>
        <translation>ログインを入力するか、空欄のままにしてください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Pick the login the pair was provisioned for.</source>
        <translation>ペアの発行先のログインを選んでください。</translation>
    </message>
    <message>
        <source>Pick the login the pair was provisioned for. Who can provision on ON24&apos;s page: %1.</source>
        <translation>ペアの発行先のログインを選んでください。ON24 のページで発行できるユーザー: %1。</translation>
    </message>
    <message>
        <source>Verifying with ON24…</source>
        <translation>ON24 で検証しています…</translation>
    </message>
    <message>
        <source>Enter the key, the secret and a name.</source>
        <translation>キー、シークレット、名前を入力してください。</translation>
    </message>
    <message>
        <source>Kno&amp;wn:</source>
        <translation>判明している(&amp;W):</translation>
    </message>
    <message>
        <source>Kee&amp;p alive: call ON24 with this token before 60 days pass</source>
        <translation>キープアライブ(&amp;P): 60 日が経過する前に、このトークンで ON24 を呼び出す</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AdminApiPlatform</name>
    <message>
        <source>Embedded sandbox at %1</source>
        <translation>%1 の組み込みサンドボックス</translation>
    </message>
    <message>
        <source>Token Admin API at %1</source>
        <translation>%1 の Token Admin API</translation>
    </message>
    <message>
        <source>Keep at least one API area: a token without any would stop its integration entirely; disable it instead.</source>
        <translation>API 領域を少なくとも 1 つ残してください。領域のないトークンは連携を完全に止めてしまいます。代わりに無効化してください。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ApiJob</name>
    <message>
        <source> (certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5)</source>
        <translation>（%1 の証明書、発行者 %2、有効期間 %3～%4、SHA-256 %5）</translation>
    </message>
    <message>
        <source>a web page instead of JSON; a proxy or a sign-in page may be answering in the server&apos;s place</source>
        <translation>JSON ではなく Web ページ。プロキシやサインイン ページがサーバーの代わりに応答している可能性があります</translation>
    </message>
    <message>
        <source>content of type “%1” instead of JSON</source>
        <translation>JSON ではなく「%1」形式のコンテンツ</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AppInfo</name>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU 一般公衆利用許諾書 バージョン 3 以降</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Banner</name>
    <message>
        <source>Close this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>TokenConsole::BulkCommand</name>
    <message>
        <source>• “%1”</source>
        <translation>• 「%1」</translation>
    </message>
    <message>
        <source>• “%1” (%2)</source>
        <translation>• 「%1」（%2）</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable Tokens</source>
        <translation>トークンの一括無効化</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n token(s)?</source>
        <translation>
            <numerusform>%n 個のトークンを無効にしますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrations using them will stop working at once: every ON24 API call with them fails until they are enabled again.</source>
        <translation>これらを使う連携はすぐに動かなくなります。再び有効にするまで、これらを使った ON24 API の呼び出しはすべて失敗します。</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>無効化(&amp;D)</translation>
    </message>
    <message>
        <source>Enable Tokens</source>
        <translation>トークンの一括有効化</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n token(s)?</source>
        <translation>
            <numerusform>%n 個のトークンを有効にしますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>They work again at once, and their inactivity count starts again now.</source>
        <translation>すぐに再び使えるようになり、非アクティブ期間のカウントは今から数え直されます。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>有効化(&amp;E)</translation>
    </message>
    <message>
        <source>Verify Tokens</source>
        <translation>トークンの一括検証</translation>
    </message>
    <message numerus="yes">
        <source>Verify %n token(s) with a call to the ON24 API each?</source>
        <translation>
            <numerusform>%n 個のトークンを、それぞれ ON24 API を 1 回呼び出して検証しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls are made one at a time, a second apart; each success counts as activity.</source>
        <translation>呼び出しは 1 秒間隔で 1 件ずつ行います。成功した呼び出しはアクティビティとして数えられます。</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected token(s) will be skipped:</source>
        <translation>
            <numerusform>選択したトークンのうち %n 個はスキップされます:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::BulkResultDialog</name>
    <message>
        <source>Disable Tokens</source>
        <translation>トークンの一括無効化</translation>
    </message>
    <message>
        <source>Enable Tokens</source>
        <translation>トークンの一括有効化</translation>
    </message>
    <message>
        <source>Verify Tokens</source>
        <translation>トークンの一括検証</translation>
    </message>
    <message>
        <source>Result per token</source>
        <translation>トークンごとの結果</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>失敗分を再試行(&amp;R)</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped</source>
        <translation>完了 %1 件、失敗 %2 件、スキップ %3 件</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>残り %1 件</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効化済み</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効化済み</translation>
    </message>
    <message>
        <source>Works: %1</source>
        <translation>正常: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>スキップ: %1</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CapabilityText</name>
    <message>
        <source>Not connected to a platform.</source>
        <translation>プラットフォームに接続していません。</translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation>先にトークンを選択してください。</translation>
    </message>
    <message>
        <source>Your user (%1) lacks the Manage Users permission: you can look at tokens, but only an admin can change them.</source>
        <translation>ユーザー（%1）に「ユーザーの管理」権限がありません。トークンの閲覧はできますが、変更できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>The contract of %1 does not include Connect, which provisioning needs. Ask your ON24 account manager.</source>
        <translation>%1 の契約には、発行に必要な Connect が含まれていません。ON24 のアカウント担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>“%1” is disabled.</source>
        <translation>「%1」は無効です。</translation>
    </message>
    <message>
        <source>“%1” is already active.</source>
        <translation>「%1」はすでに有効です。</translation>
    </message>
    <message>
        <source>This computer does not hold the secret of “%1”: only tokens provisioned or added here have it in the keychain.</source>
        <translation>このコンピューターには「%1」のシークレットがありません。キーチェーンにシークレットがあるのは、ここで発行または追加したトークンだけです。</translation>
    </message>
    <message>
        <source>ON24 offers no API for this: use Platform Tools › Integrations › API Tokens on ON24&apos;s site.</source>
        <translation>ON24 にはこのための API がありません。ON24 のサイトで Platform Tools › Integrations › API Tokens を使ってください。</translation>
    </message>
    <message>
        <source>list tokens</source>
        <translation>トークンを一覧表示する</translation>
    </message>
    <message>
        <source>provision tokens</source>
        <translation>トークンを発行する</translation>
    </message>
    <message>
        <source>rename tokens</source>
        <translation>トークンの名前を変更する</translation>
    </message>
    <message>
        <source>edit names, owners and notes</source>
        <translation>名前、担当者、メモを編集する</translation>
    </message>
    <message>
        <source>disable tokens</source>
        <translation>トークンを無効にする</translation>
    </message>
    <message>
        <source>enable tokens</source>
        <translation>トークンを有効にする</translation>
    </message>
    <message>
        <source>rotate secrets</source>
        <translation>シークレットをローテーションする</translation>
    </message>
    <message>
        <source>verify tokens</source>
        <translation>トークンを検証する</translation>
    </message>
    <message>
        <source>show a token&apos;s API activity</source>
        <translation>トークンの API アクティビティを表示する</translation>
    </message>
    <message>
        <source>show the audit log</source>
        <translation>監査ログを表示する</translation>
    </message>
    <message>
        <source>show usage by API area</source>
        <translation>API 領域別の使用状況を表示する</translation>
    </message>
    <message>
        <source>list the account&apos;s users</source>
        <translation>アカウントのユーザーを一覧表示する</translation>
    </message>
    <message>
        <source>keep tokens alive</source>
        <translation>トークンをキープアライブする</translation>
    </message>
    <message>
        <source>add existing token pairs</source>
        <translation>既存のトークンのペアを追加する</translation>
    </message>
    <message>
        <source>forget token pairs</source>
        <translation>トークンのペアを忘れる</translation>
    </message>
    <message>
        <source>copy secrets</source>
        <translation>シークレットをコピーする</translation>
    </message>
    <message>
        <source>This platform cannot %1.</source>
        <translation>このプラットフォームでは%1ことはできません。</translation>
    </message>
    <message>
        <source>ON24 has no API to rotate a secret: make a new token on ON24&apos;s page, give it to the integration, then disable the old one there.</source>
        <translation>ON24 にはシークレットをローテーションする API がありません。ON24 のページで新しいトークンを作成して連携に渡し、その後そこで古いトークンを無効化してください。</translation>
    </message>
    <message>
        <source>ON24 has no API that counts a token&apos;s calls by API area, so usage and access narrowing are not available in direct mode.</source>
        <translation>ON24 にはトークンの呼び出しを API 領域ごとに数える API がないため、ダイレクトモードでは利用状況とアクセスの絞り込みを使えません。</translation>
    </message>
    <message>
        <source>edit owners and notes</source>
        <translation>担当者とメモを編集</translation>
    </message>
    <message>
        <source>narrow a token&apos;s access</source>
        <translation>トークンのアクセスを絞り込む</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Cli</name>
    <message>
        <source>List every token of the account.</source>
        <translation>アカウントのすべてのトークンを一覧表示します。</translation>
    </message>
    <message>
        <source>Check for tokens near or past the inactivity auto-disable. Exit codes: 0 nothing at risk, 1 some active token auto-disables within DAYS, 2 some token is disabled for inactivity, 3 error.</source>
        <translation>非アクティブによる自動無効化が近い、または無効化済みのトークンを確認します。終了コード: 0 問題なし、1 DAYS 日以内に自動無効化される有効なトークンあり、2 非アクティブで無効化されたトークンあり、3 エラー。</translation>
    </message>
    <message>
        <source>Rename a token.</source>
        <translation>トークンの名前を変更します。</translation>
    </message>
    <message>
        <source>No subcommand. Use one of: %1.</source>
        <translation>サブコマンドがありません。次のいずれかを指定してください: %1。</translation>
    </message>
    <message>
        <source>See “token-console %1 --help”.</source>
        <translation>「token-console %1 --help」を参照してください。</translation>
    </message>
    <message>
        <source>--server wants a URL such as https://tokens.example.com.</source>
        <translation>--server には https://tokens.example.com のような URL を指定してください。</translation>
    </message>
    <message>
        <source>--within wants a whole number of days, not “%1”.</source>
        <translation>--within には「%1」ではなく日数を整数で指定してください。</translation>
    </message>
    <message>
        <source>--access wants all_endpoints or a list of areas.</source>
        <translation>--access には all_endpoints か領域のリストを指定してください。</translation>
    </message>
    <message>
        <source>rename needs --name NAME.</source>
        <translation>rename には --name NAME が必要です。</translation>
    </message>
    <message>
        <source>Give either a token id or --all, not both.</source>
        <translation>トークン ID か --all のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>%1 needs exactly one token id.</source>
        <translation>%1 にはトークン ID をちょうど 1 つ指定してください。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>Use the connection profile NAME (saved by the application).</source>
        <translation>接続プロファイル NAME を使います（アプリケーションで保存したもの）。</translation>
    </message>
    <message>
        <source>Connect to the Token Admin API at URL (https, or http for this computer only).</source>
        <translation>URL の Token Admin API に接続します（https。http はこのコンピューターのみ）。</translation>
    </message>
    <message>
        <source>Sign in as LOGIN (with --server).</source>
        <translation>LOGIN としてサインインします（--server と併用）。</translation>
    </message>
    <message>
        <source>Read the sign-in password from the first line of standard input.</source>
        <translation>サインインのパスワードを標準入力の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>出力形式: table（既定）、csv、json。</translation>
    </message>
    <message>
        <source>Report active tokens that auto-disable within DAYS days (default 14).</source>
        <translation>DAYS 日以内に自動無効化される有効なトークンを報告します（既定値 14）。</translation>
    </message>
    <message>
        <source>The token&apos;s name, e.g. its purpose (“Salesforce”).</source>
        <translation>トークンの名前。用途など（「Salesforce」）。</translation>
    </message>
    <message>
        <source>all_endpoints (default) or a comma-separated list of areas: registration, client_analytics, event_analytics, event_management, content, helpers.</source>
        <translation>all_endpoints（既定）または領域のカンマ区切りリスト: registration、client_analytics、event_analytics、event_management、content、helpers。</translation>
    </message>
    <message>
        <source>Also print the new secret on standard output (shown only this once).</source>
        <translation>新しいシークレットを標準出力にも表示します（表示されるのはこの 1 回だけです）。</translation>
    </message>
    <message>
        <source>Verify every token whose secret is on this computer.</source>
        <translation>シークレットがこのコンピューターにあるすべてのトークンを検証します。</translation>
    </message>
    <message>
        <source>Use the language CODE (de, fr, es, ja, en).</source>
        <translation>言語 CODE を使います（de、fr、es、ja、en）。</translation>
    </message>
    <message>
        <source>Direct mode: a real ON24 account in North America (na), Europe (eu) or at a base URL.</source>
        <translation>ダイレクトモード: 北米（na）、ヨーロッパ（eu）、またはベース URL にある実際の ON24 アカウント。</translation>
    </message>
    <message>
        <source>Direct mode: the account&apos;s numeric ON24 client id.</source>
        <translation>ダイレクトモード: アカウントの数値の ON24 クライアント ID。</translation>
    </message>
    <message>
        <source>The login the pair was provisioned for (optional).</source>
        <translation>ペアの発行先のログイン（任意）。</translation>
    </message>
    <message>
        <source>The token key (32 capital letters and digits).</source>
        <translation>トークンのキー（英大文字と数字の 32 文字）。</translation>
    </message>
    <message>
        <source>Read the token secret from the first line of standard input.</source>
        <translation>トークンのシークレットを標準入力の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>Who to tell when the token is at risk.</source>
        <translation>トークンが危険なときに知らせる相手。</translation>
    </message>
    <message>
        <source>Free notes about the token.</source>
        <translation>トークンに関する自由記述のメモ。</translation>
    </message>
    <message>
        <source>The Last Activity date ON24&apos;s page shows (YYYY-MM-DD).</source>
        <translation>ON24 のページに表示される「Last Activity」の日付（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Keep the pair alive (see “keepalive”).</source>
        <translation>ペアをキープアライブの対象にします（「keepalive」を参照）。</translation>
    </message>
    <message>
        <source>Switch keep-alive on or off.</source>
        <translation>キープアライブをオンまたはオフにします。</translation>
    </message>
    <message>
        <source>Say what would be called, call nothing.</source>
        <translation>呼び出す対象を表示するだけで、何も呼び出しません。</translation>
    </message>
    <message>
        <source>Call tokens whose known inactivity reached DAYS days (default 45).</source>
        <translation>既知の非アクティブ期間が DAYS 日に達したトークンを呼び出します（既定値 45）。</translation>
    </message>
    <message>
        <source>Provision a token for the user LOGIN; the secret goes to the keychain and only the key is printed:
  token-console provision USER --name NAME --server URL --login ADMIN --password-stdin</source>
        <translation>ユーザー LOGIN にトークンを発行します。シークレットはキーチェーンに保存され、キーだけが出力されます:
  token-console provision USER --name NAME --server URL --login ADMIN --password-stdin</translation>
    </message>
    <message>
        <source>Direct mode: add a token pair made on ON24&apos;s page. It is verified with one real ON24 call first; a wrong pair is refused and nothing is stored. The secret is read from standard input and goes to the keychain only.</source>
        <translation>ダイレクトモード: ON24 のページで作成したトークンのペアを追加します。まず実際の ON24 呼び出しを 1 回行って検証し、誤ったペアは拒否して何も保存しません。シークレットは標準入力から読み取り、キーチェーンにだけ保存します。</translation>
    </message>
    <message>
        <source>Direct mode: remove a pair from this computer&apos;s inventory and keychain. ON24 is not touched.</source>
        <translation>ダイレクトモード: このコンピューターのインベントリとキーチェーンからペアを削除します。ON24 は変更しません。</translation>
    </message>
    <message>
        <source>Direct mode: list the account&apos;s logins, and who may provision tokens on ON24&apos;s page.</source>
        <translation>ダイレクトモード: アカウントのログインと、ON24 のページでトークンを発行できるユーザーを一覧表示します。</translation>
    </message>
    <message>
        <source>Direct mode: verify every kept-alive token whose known inactivity reached the threshold, one call each, spread out. Exit codes: 0 all fine, 1 a token failed (wrong pair, deactivated, quota), 3 error.</source>
        <translation>ダイレクトモード: キープアライブ対象のトークンのうち、既知の非アクティブ期間がしきい値に達したものを、1 つにつき 1 回、間隔を空けて検証します。終了コード: 0 問題なし、1 失敗したトークンあり（誤ったペア、無効化、呼び出し上限）、3 エラー。</translation>
    </message>
    <message>
        <source>The login (user) the new token is for.</source>
        <translation>新しいトークンの対象となるログイン（ユーザー）。</translation>
    </message>
    <message>
        <source>The token&apos;s id (in direct mode its key), as “list” shows it.</source>
        <translation>「list」で表示されるトークンの ID（ダイレクトモードではキー）。</translation>
    </message>
    <message>
        <source>Usage: token-console [--profile NAME | --server URL --login LOGIN --password-stdin | --on24 na|eu|URL --client-id N] %1 [options] %2</source>
        <translation>使い方: token-console [--profile NAME | --server URL --login LOGIN --password-stdin | --on24 na|eu|URL --client-id N] %1 [オプション] %2</translation>
    </message>
    <message>
        <source>--client-id wants the account&apos;s numeric ON24 client id.</source>
        <translation>--client-id にはアカウントの数値の ON24 クライアント ID を指定してください。</translation>
    </message>
    <message>
        <source>Use either --server (a Token Admin API) or --on24 (direct mode), not both.</source>
        <translation>--server（Token Admin API）か --on24（ダイレクトモード）のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>provision needs the token&apos;s LOGIN and --name NAME.</source>
        <translation>provision にはトークンの LOGIN と --name NAME が必要です。</translation>
    </message>
    <message>
        <source>add needs --key KEY, --name NAME and --secret-stdin (the secret is read from standard input, never from the command line).</source>
        <translation>add には --key KEY、--name NAME、--secret-stdin が必要です（シークレットはコマンドラインではなく標準入力から読み取ります）。</translation>
    </message>
    <message>
        <source>--last-activity wants a past date as YYYY-MM-DD, not “%1”.</source>
        <translation>--last-activity には「%1」ではなく、YYYY-MM-DD 形式の過去の日付を指定してください。</translation>
    </message>
    <message>
        <source>--keep-alive wants on or off.</source>
        <translation>--keep-alive には on か off を指定してください。</translation>
    </message>
    <message>
        <source>set needs at least one of --name, --owner, --notes and --keep-alive.</source>
        <translation>set には --name、--owner、--notes、--keep-alive のうち少なくとも 1 つが必要です。</translation>
    </message>
    <message>
        <source>--threshold wants a number of days from 0 to 60.</source>
        <translation>--threshold には 0～60 の日数を指定してください。</translation>
    </message>
    <message>
        <source>Hours (0 to 168, default 24) the previous secret keeps working, so the integration can switch without an outage.</source>
        <translation>以前のシークレットが使える時間 (0 ～ 168、既定値 24)。連携が停止せずに切り替えられるようにします。</translation>
    </message>
    <message>
        <source>Also print the new secret on standard output (shown only this once); standard output then holds nothing else.</source>
        <translation>新しいシークレットを標準出力にも出力します (この一度だけ)。その場合、標準出力にはほかに何も出力しません。</translation>
    </message>
    <message>
        <source>Count the calls of the last DAYS days (1 to 90, default 60).</source>
        <translation>直近 DAYS 日間の呼び出しを数えます (1 ～ 90、既定値 60)。</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>出力形式: table (既定) または json。</translation>
    </message>
    <message>
        <source>Same as --format json.</source>
        <translation>--format json と同じです。</translation>
    </message>
    <message>
        <source>Do not connect: read the list saved on this computer by the last successful list, check or window session, and say from when it is.</source>
        <translation>接続しません: 最後に成功した list、check、またはウィンドウのセッションがこのコンピューターに保存した一覧を読み込み、いつの一覧かを示します。</translation>
    </message>
    <message>
        <source>Act on every token the status filter NAME shows, as in the window&apos;s “Show” menu: %1.</source>
        <translation>ウィンドウの「表示」メニューと同じ状態フィルター NAME に当てはまるすべてのトークンを対象にします: %1。</translation>
    </message>
    <message>
        <source>Change a token&apos;s owner or notes (on a Token Admin API, with a check that nobody changed the token meanwhile). Direct mode: also a pair&apos;s local name, or switch its keep-alive.</source>
        <translation>トークンの担当者またはメモを変更します (Token Admin API では、その間に誰もトークンを変更していないことを確認します)。ダイレクトモード: ペアのローカル名の変更やキープアライブの切り替えもできます。</translation>
    </message>
    <message>
        <source>Give a token a new secret. The previous secret keeps working for the grace hours, so the integration can switch to the new one without an outage; then only the new one works. The new secret goes to the keychain, replacing the old one there; it is printed only with --print-secret.</source>
        <translation>トークンに新しいシークレットを発行します。以前のシークレットは猶予時間のあいだ使えるので、連携は停止せずに新しいシークレットへ切り替えられます。その後は新しいシークレットだけが使えます。新しいシークレットはキーチェーンに保存され、古いシークレットを置き換えます。出力されるのは --print-secret を付けたときだけです。</translation>
    </message>
    <message>
        <source>Show a token&apos;s successful ON24 API calls by API area over the last days, and the areas it holds but did not use.</source>
        <translation>トークンの直近の期間に成功した ON24 API 呼び出しを API 領域ごとに表示し、許可されていても使われなかった領域も示します。</translation>
    </message>
    <message>
        <source>Disable one or more tokens, or every token a status filter shows (e.g. --filter expiring). One line per token; a failure does not stop the others. Exit codes: 0 all done, 3 some token failed or error.</source>
        <translation>1 つ以上のトークン、または状態フィルターに当てはまるすべてのトークン（例: --filter expiring）を無効にします。トークンごとに 1 行出力し、1 件の失敗で他は止まりません。終了コード: 0 すべて完了、3 失敗したトークンがあるかエラー。</translation>
    </message>
    <message>
        <source>Enable one or more disabled tokens, or every token a status filter shows (e.g. --filter disabled-for-inactivity); their inactivity count restarts. One line per token; exit code 3 when some token failed.</source>
        <translation>無効になっている 1 つ以上のトークン、または状態フィルターに当てはまるすべてのトークン（例: --filter disabled-for-inactivity）を有効にします。非アクティブ期間のカウントは数え直されます。トークンごとに 1 行出力し、失敗したトークンがあれば終了コードは 3 です。</translation>
    </message>
    <message>
        <source>Prove tokens work with a real ON24 API call each, using the secrets in this computer&apos;s keychain: one or more ids, --all, or --filter NAME. A success counts as activity; exit code 3 when some token failed.</source>
        <translation>このコンピューターのキーチェーンにあるシークレットを使い、ON24 API を実際に 1 回ずつ呼び出してトークンが使えることを確かめます: 1 つ以上の ID、--all、または --filter NAME。成功はアクティビティとして数えられます。失敗したトークンがあれば終了コードは 3 です。</translation>
    </message>
    <message>
        <source>--grace wants a number of hours from 0 to 168, not “%1”.</source>
        <translation>--grace には 0 ～ 168 の時間数を指定してください (「%1」ではなく)。</translation>
    </message>
    <message>
        <source>--days wants a number of days from 1 to 90, not “%1”.</source>
        <translation>--days には 1 ～ 90 の日数を指定してください (「%1」ではなく)。</translation>
    </message>
    <message>
        <source>--format wants table or json.</source>
        <translation>--format には table または json を指定してください。</translation>
    </message>
    <message>
        <source>--filter wants one of %1, not “%2”.</source>
        <translation>--filter には %1 のいずれかを指定してください（「%2」ではありません）。</translation>
    </message>
    <message>
        <source>Give token ids, --all or --filter NAME (one of them).</source>
        <translation>トークン ID、--all、--filter NAME のいずれか 1 つを指定してください。</translation>
    </message>
    <message>
        <source>Give token ids or --filter NAME (one of them).</source>
        <translation>トークン ID か --filter NAME のどちらか 1 つを指定してください。</translation>
    </message>
    <message>
        <source>--offline reads the saved list of a Token Admin API profile; direct mode keeps its list on this computer anyway.</source>
        <translation>--offline は Token Admin API プロファイルの保存済み一覧を読み込みます。ダイレクトモードの一覧はもともとこのコンピューターにあります。</translation>
    </message>
    <message>
        <source>Run “token-console list” once while the platform can be reached.</source>
        <translation>プラットフォームに接続できるときに「token-console list」を一度実行してください。</translation>
    </message>
    <message>
        <source>Offline: this is the list of “%1” cached on %2, not live data.</source>
        <translation>オフライン: これは %2 にキャッシュされた「%1」の一覧で、最新のデータではありません。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CliConnection</name>
    <message>
        <source>--server needs --login LOGIN and --password-stdin (the password is read from standard input, never from the command line).</source>
        <translation>--server には --login LOGIN と --password-stdin が必要です（パスワードはコマンドラインではなく標準入力から読み取ります）。</translation>
    </message>
    <message>
        <source>The password for profile “%1” could not be read from the keychain: %2 Use --password-stdin instead.</source>
        <translation>プロファイル「%1」のパスワードをキーチェーンから読み取れませんでした: %2 代わりに --password-stdin を使ってください。</translation>
    </message>
    <message>
        <source>Profile “%1” has no remembered password. Pass it with --password-stdin.</source>
        <translation>プロファイル「%1」にはパスワードが記憶されていません。--password-stdin で渡してください。</translation>
    </message>
    <message>
        <source>Could not start the built-in demo server: %1</source>
        <translation>内蔵のデモサーバーを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>There is no connection profile named “%1”. Create it in the application, or use --server URL --login LOGIN --password-stdin, or --on24 REGION --client-id N.</source>
        <translation>「%1」という名前の接続プロファイルはありません。アプリケーションで作成するか、--server URL --login LOGIN --password-stdin または --on24 REGION --client-id N を使ってください。</translation>
    </message>
    <message>
        <source>--on24 wants na, eu or a base URL such as https://api.on24.com/v2.</source>
        <translation>--on24 には na、eu、または https://api.on24.com/v2 のようなベース URL を指定してください。</translation>
    </message>
    <message>
        <source>Direct mode needs the account&apos;s numeric ON24 client id: --client-id N.</source>
        <translation>ダイレクトモードには、アカウントの数値の ON24 クライアント ID が必要です: --client-id N。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CommandController</name>
    <message>
        <source>&amp;Provision…</source>
        <translation>発行(&amp;P)…</translation>
    </message>
    <message>
        <source>Create a token for a login of the account</source>
        <translation>アカウントのログインにトークンを発行します</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>名前の変更(&amp;N)…</translation>
    </message>
    <message>
        <source>Give the selected token a name that says what uses it</source>
        <translation>選択したトークンに、何が使っているかが分かる名前を付けます</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>無効化(&amp;D)…</translation>
    </message>
    <message>
        <source>Stop the selected token from working</source>
        <translation>選択したトークンを使えないようにします</translation>
    </message>
    <message>
        <source>&amp;Enable This Token…</source>
        <translation>このトークンを有効化(&amp;E)…</translation>
    </message>
    <message>
        <source>Let the selected disabled token work again</source>
        <translation>選択した無効なトークンを再び使えるようにします</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Call the ON24 API with the selected token to prove it works (counts as activity)</source>
        <translation>選択したトークンで ON24 API を呼び出し、機能することを確認します（アクティビティとして記録されます）</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>キーをコピー(&amp;K)</translation>
    </message>
    <message>
        <source>Copy the selected token&apos;s key</source>
        <translation>選択したトークンのキーをコピーします</translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation>シークレットをコピー(&amp;S)</translation>
    </message>
    <message>
        <source>Copy the selected token&apos;s secret from this computer&apos;s keychain</source>
        <translation>選択したトークンのシークレットを、このコンピューターのキーチェーンからコピーします</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the token list from the server</source>
        <translation>サーバーからトークン一覧を読み込み直します</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>使用できません: %1</translation>
    </message>
    <message>
        <source>&amp;Add Existing Token…</source>
        <translation>既存のトークンを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a token pair made on ON24&apos;s page, verified before it is stored</source>
        <translation>ON24 のページで作成したトークンのペアを追加します（保存前に検証します）</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>忘れる(&amp;F)…</translation>
    </message>
    <message>
        <source>Remove the selected pair from this computer; ON24 is not touched</source>
        <translation>選択したペアをこのコンピューターから削除します。ON24 は変更しません</translation>
    </message>
    <message>
        <source>Call ON24 with the selected pair before its days without activity run out</source>
        <translation>アクティビティのない日数が上限に達する前に、選択したペアで ON24 を呼び出します</translation>
    </message>
    <message>
        <source>Verify A&amp;ll</source>
        <translation>すべて検証(&amp;L)</translation>
    </message>
    <message>
        <source>Verify every token whose secret is on this computer, one call at a time</source>
        <translation>シークレットがこのコンピューターにあるすべてのトークンを、1 回ずつ順に検証します</translation>
    </message>
    <message>
        <source>Keep Al&amp;ive</source>
        <translation>キープアライブ(&amp;I)</translation>
    </message>
    <message>
        <source>R&amp;otate Secret…</source>
        <translation>シークレットをローテーション(&amp;O)…</translation>
    </message>
    <message>
        <source>Give the selected token a new secret; the previous one keeps working for a grace period you choose</source>
        <translation>選択したトークンに新しいシークレットを発行します。以前のシークレットは選択した猶予期間のあいだ使えます</translation>
    </message>
    <message>
        <source>Edit O&amp;wner and Notes…</source>
        <translation>担当者とメモを編集(&amp;W)…</translation>
    </message>
    <message>
        <source>Record who answers for the selected token&apos;s integration, and notes about it</source>
        <translation>選択したトークンの連携の担当者と、その連携についてのメモを記録します</translation>
    </message>
    <message>
        <source>Narrow A&amp;ccess…</source>
        <translation>アクセスを絞り込む(&amp;C)…</translation>
    </message>
    <message>
        <source>Restrict the selected token to the API areas it used in the last 60 days</source>
        <translation>選択したトークンを、直近 60 日間に使った API 領域だけに制限します</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ConnectDialog</name>
    <message>
        <source>C&amp;onnect</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>North America (api.on24.com)</source>
        <translation>北米 (api.on24.com)</translation>
    </message>
    <message>
        <source>Europe (api.eu.on24.com)</source>
        <translation>ヨーロッパ (api.eu.on24.com)</translation>
    </message>
    <message>
        <source>Other base URL</source>
        <translation>その他のベース URL</translation>
    </message>
    <message>
        <source>Connect to a Platform</source>
        <translation>プラットフォームに接続</translation>
    </message>
    <message>
        <source>Sign In Again</source>
        <translation>再サインイン</translation>
    </message>
    <message>
        <source>Your session has expired (sessions end after 8 hours without use). Enter your password to continue; nothing you were doing is lost.</source>
        <translation>セッションの有効期限が切れました（8 時間使用しないとセッションは終了します）。続けるにはパスワードを入力してください。作業中の内容は失われません。</translation>
    </message>
    <message>
        <source>“%1” is the name of the local demo data; choose another profile name.</source>
        <translation>「%1」はローカルのデモデータの名前です。別のプロファイル名を選んでください。</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Enter a URL such as https://tokens.example.com.</source>
        <translation>「%1」はサーバーのアドレスではありません。https://tokens.example.com のような URL を入力してください。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>A Token Admin API server (the sandbox or a platform gateway)</source>
        <translation>Token Admin API サーバー（サンドボックスまたはプラットフォームのゲートウェイ）</translation>
    </message>
    <message>
        <source>An ON24 account (tokens made on ON24&apos;s page)</source>
        <translation>ON24 アカウント（ON24 のページで作成したトークン）</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>接続先(&amp;C):</translation>
    </message>
    <message>
        <source>The numeric client id, e.g. 10001</source>
        <translation>数値のクライアント ID（例: 10001）</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <source>ON24 has no API for its tokens: you add the pairs made on ON24&apos;s page, and the console proves them with real calls and keeps them alive.</source>
        <translation>ON24 にはトークン用の API がありません。ON24 のページで作成したペアを追加すると、コンソールが実際の呼び出しで検証し、キープアライブします。</translation>
    </message>
    <message>
        <source>Sign in to a server that manages tokens through the Token Admin API. The password is only kept in this computer&apos;s keychain, and only if you ask for it.</source>
        <translation>Token Admin API でトークンを管理するサーバーにサインインします。パスワードは、指定した場合にのみ、このコンピューターのキーチェーンにだけ保存されます。</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>サインイン(&amp;I)</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CopyKeyCommand</name>
    <message>
        <source>Copied the key of “%1”.</source>
        <translation>「%1」のキーをコピーしました。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CopySecretCommand</name>
    <message>
        <source>Copied the secret of “%1”. The clipboard is cleared in %2 if it still holds it.</source>
        <translation>「%1」のシークレットをコピーしました。%2後、クリップボードにまだ残っていれば消去します。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CountdownDelegate</name>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>%1 · critical</source>
        <translation>%1 · 危険</translation>
    </message>
    <message>
        <source>%1 · warning</source>
        <translation>%1 · 警告</translation>
    </message>
    <message>
        <source>Disabled: no countdown.</source>
        <translation>無効: カウントダウンはありません。</translation>
    </message>
    <message>
        <source>%1 — auto-disables on %2 unless the token is used before.</source>
        <translation>%1 — それまでにトークンが使われなければ、%2 に自動的に無効化されます。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::DateDelegate</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No API call with this token yet.</source>
        <translation>このトークンでの API 呼び出しはまだありません。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::DetailsPanel</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>トークンの詳細</translation>
    </message>
    <message>
        <source>Select a token to see its details, activity and history.</source>
        <translation>トークンを選択すると、詳細、アクティビティ、履歴が表示されます。</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Auto-disable:</source>
        <translation>自動無効化:</translation>
    </message>
    <message>
        <source>Last activity:</source>
        <translation>最終アクティビティ:</translation>
    </message>
    <message>
        <source>Inactive since:</source>
        <translation>非アクティブ開始:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>ログイン:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>アクセス:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>キー:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>シークレット:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成:</translation>
    </message>
    <message>
        <source>Disabled:</source>
        <translation>無効化:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Recent API activity</source>
        <translation>最近の API アクティビティ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Audit entries for this token</source>
        <translation>このトークンの監査記録</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>アクティビティ(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>監査(&amp;U)</translation>
    </message>
    <message>
        <source>— (disabled)</source>
        <translation>—（無効）</translation>
    </message>
    <message>
        <source>In this computer&apos;s keychain</source>
        <translation>このコンピューターのキーチェーン内</translation>
    </message>
    <message>
        <source>Not on this computer (only the integration holds it)</source>
        <translation>このコンピューターにはありません（連携サービスだけが保持）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>履歴を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No API calls recorded.</source>
        <translation>API 呼び出しの記録はありません。</translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation>監査記録はありません。</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1（%2前）</translation>
    </message>
    <message>
        <source>%1, in %2 — %3</source>
        <translation>%1、%2後 — %3</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>担当者:</translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation>キープアライブ:</translation>
    </message>
    <message>
        <source>Last verify:</source>
        <translation>最終検証:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>%1 (ON24 said: “%2”)</source>
        <translation>%1（ON24 の応答:「%2」）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Unknown: no activity of this token is known here</source>
        <translation>不明: ここではこのトークンのアクティビティが分かっていません</translation>
    </message>
    <message>
        <source>%1 at the latest, %2 — %3</source>
        <translation>遅くとも %1、%2 — %3</translation>
    </message>
    <message>
        <source>%1 (known from %2)</source>
        <translation>%1（情報源: %2）</translation>
    </message>
    <message>
        <source>On, turned on by %1 on %2</source>
        <translation>オン（%2 に %1 がオンにしました）</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Rotated:</source>
        <translation>ローテーション:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::DirectDemo</name>
    <message>
        <source>Quarterly board report</source>
        <translation>四半期取締役会レポート</translation>
    </message>
    <message>
        <source>Runs once a quarter, so it is kept alive between runs.</source>
        <translation>四半期に 1 回だけ実行されるため、実行の間はキープアライブしています。</translation>
    </message>
    <message>
        <source>Data warehouse sync</source>
        <translation>データウェアハウス同期</translation>
    </message>
    <message>
        <source>Nightly export of registrants.</source>
        <translation>登録者の夜間エクスポート。</translation>
    </message>
    <message>
        <source>every login of the demo account already has a token</source>
        <translation>デモアカウントのすべてのログインにすでにトークンがあります</translation>
    </message>
</context>
<context>
    <name>TokenConsole::DisableCommand</name>
    <message>
        <source>Disable Token</source>
        <translation>トークンの無効化</translation>
    </message>
    <message>
        <source>Disable “%1” (login %2)?</source>
        <translation>「%1」（ログイン %2）を無効にしますか？</translation>
    </message>
    <message>
        <source>Integrations using this token will stop working at once: every ON24 API call with it fails until it is enabled again.</source>
        <translation>このトークンを使う連携サービスはすぐに動作しなくなります。再び有効にするまで、このトークンでの ON24 API 呼び出しはすべて失敗します。</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>無効化(&amp;D)</translation>
    </message>
    <message>
        <source>Could not disable “%1”: %2</source>
        <translation>「%1」を無効にできませんでした: %2</translation>
    </message>
    <message>
        <source>Disabled “%1”.</source>
        <translation>「%1」を無効にしました。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::EditOwnerCommand</name>
    <message>
        <source>Saved the notes of “%1”; it has no owner.</source>
        <translation>「%1」のメモを保存しました。担当者はいません。</translation>
    </message>
    <message>
        <source>Saved: %1 owns “%2”.</source>
        <translation>保存しました: 「%2」の担当者は %1 です。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::EditOwnerDialog</name>
    <message>
        <source>Edit Owner and Notes</source>
        <translation>担当者とメモを編集</translation>
    </message>
    <message>
        <source>Who answers for the integration that uses “%1”? Warnings about the token name the owner.</source>
        <translation>「%1」を使う連携の担当者は誰ですか？このトークンについての警告には担当者の名前が表示されます。</translation>
    </message>
    <message>
        <source>for example Raj (Marketing Ops)</source>
        <translation>例: Raj (Marketing Ops)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当者(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>相手の内容を保持(&amp;K)</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最大 %1 文字です。</translation>
    </message>
    <message>
        <source>Control, direction and zero-width characters are not allowed.</source>
        <translation>制御文字、方向制御文字、ゼロ幅文字は使えません。</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>メモ: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>担当者: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>&amp;Save Mine</source>
        <translation>自分の内容を保存(&amp;S)</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>担当者なし</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Someone else changed this token while this dialog was open: it now has %1. Your text is kept here; save it over theirs, or keep theirs.</source>
        <translation>このダイアログを開いている間に、別のユーザーがこのトークンを変更しました。現在の担当者: %1。入力した内容はここに残っています。上書き保存するか、相手の内容を保持してください。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::EnableCommand</name>
    <message>
        <source>It was disabled manually on %1.</source>
        <translation>%1 に手動で無効化されました。</translation>
    </message>
    <message>
        <source>It was disabled manually.</source>
        <translation>手動で無効化されました。</translation>
    </message>
    <message>
        <source>Enable This Token</source>
        <translation>このトークンを有効化</translation>
    </message>
    <message>
        <source>Enable “%1” (login %2)?</source>
        <translation>「%1」（ログイン %2）を有効にしますか？</translation>
    </message>
    <message>
        <source>&amp;Enable This Token</source>
        <translation>このトークンを有効化(&amp;E)</translation>
    </message>
    <message>
        <source>Could not enable “%1”: %2</source>
        <translation>「%1」を有効にできませんでした: %2</translation>
    </message>
    <message>
        <source>Enabled “%1”; its inactivity count starts again today.</source>
        <translation>「%1」を有効にしました。非アクティブ期間のカウントは今日から再開します。</translation>
    </message>
    <message>
        <source>It was disabled automatically on %1 because it had not been used for %2.</source>
        <translation>%2の間使用されなかったため、%1 に自動的に無効化されました。</translation>
    </message>
    <message>
        <source>Enabling restarts the count of %1 without activity now; integrations can use it again at once.</source>
        <translation>有効にすると、アクティビティのない %1のカウントが今から再開します。連携サービスはすぐに再び使えます。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Audit…</source>
        <translation>監査ログのエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>Write the tokens the table shows, with its visible columns, to a CSV or JSON file</source>
        <translation>表に表示中のトークンを、表示中の列のまま CSV または JSON ファイルに書き出します</translation>
    </message>
    <message>
        <source>Write the audit log (the selected token&apos;s, or the whole account&apos;s) to a CSV or JSON file</source>
        <translation>監査ログ（選択したトークンのもの、またはアカウント全体のもの）を CSV または JSON ファイルに書き出します</translation>
    </message>
    <message>
        <source>Export Tokens</source>
        <translation>トークンのエクスポート</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>audit-%1</source>
        <translation>audit-%1</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>audit</translation>
    </message>
    <message>
        <source>Export the Audit of “%1”</source>
        <translation>「%1」の監査ログのエクスポート</translation>
    </message>
    <message>
        <source>Export Audit</source>
        <translation>監査ログのエクスポート</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>利用できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1.</source>
        <translation>
            <numerusform>%n 個のトークンを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>監査ログを読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entries to %1.</source>
        <translation>
            <numerusform>%n 件の監査エントリを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>TokenConsole::FilterBar</name>
    <message>
        <source>Search name, owner, login or key</source>
        <translation>名前、担当者、ログイン、キーで検索</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>トークンを検索</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状態フィルター</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>すべて (%1)</translation>
    </message>
    <message>
        <source>Active (%1)</source>
        <translation>有効 (%1)</translation>
    </message>
    <message>
        <source>Expiring within %1 (%2)</source>
        <translation>%1以内に期限切れ (%2)</translation>
    </message>
    <message>
        <source>Disabled (%1)</source>
        <translation>無効 (%1)</translation>
    </message>
    <message>
        <source>Disabled for inactivity (%1)</source>
        <translation>非アクティブのため無効 (%1)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>検索をクリア</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln 件のトークン</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ForgetCommand</name>
    <message>
        <source>Forget Token</source>
        <translation>トークンを忘れる</translation>
    </message>
    <message>
        <source>Forget “%1” on this computer?</source>
        <translation>このコンピューターで「%1」を忘れますか？</translation>
    </message>
    <message>
        <source>The pair leaves this computer&apos;s inventory and its secret leaves the keychain. ON24 is not touched: the token keeps working for its integration until someone disables it on ON24&apos;s page. Keep-alive stops for it.</source>
        <translation>ペアはこのコンピューターのインベントリから、シークレットはキーチェーンから削除されます。ON24 は変更しません。ON24 のページで誰かが無効にするまで、トークンは連携サービスで引き続き機能します。このトークンのキープアライブは停止します。</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>忘れる(&amp;F)</translation>
    </message>
    <message>
        <source>Could not forget “%1”: %2</source>
        <translation>「%1」を忘れることができませんでした: %2</translation>
    </message>
    <message>
        <source>Forgot “%1” on this computer; ON24 was not touched.</source>
        <translation>このコンピューターで「%1」を忘れました。ON24 は変更していません。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::KeepAliveCommand</name>
    <message>
        <source>Keep-alive is on for “%1”: this console calls ON24 with it before its days without activity run out.</source>
        <translation>「%1」のキープアライブをオンにしました。アクティビティのない日数が上限に達する前に、このコンソールがこのトークンで ON24 を呼び出します。</translation>
    </message>
    <message>
        <source>Keep-alive is off for “%1”: ON24 disables it after its days without activity.</source>
        <translation>「%1」のキープアライブをオフにしました。アクティビティのない日数が上限に達すると、ON24 はこのトークンを無効化します。</translation>
    </message>
    <message>
        <source>Keep Token Alive</source>
        <translation>トークンのキープアライブ</translation>
    </message>
    <message>
        <source>Keep “%1” alive?</source>
        <translation>「%1」をキープアライブしますか？</translation>
    </message>
    <message>
        <source>ON24 disables a token after %1 without activity on purpose: a forgotten token that still works is a door left open. Keep alive only a token that an integration still needs but uses rarely (a quarterly report, say). This console will make one small read-only ON24 call with it when its known inactivity nears the limit. Your decision is recorded with your name and the time.</source>
        <translation>ON24 は、アクティビティのない状態が %1続いたトークンを意図的に無効化します。忘れられたまま機能するトークンは、開けっ放しの扉と同じだからです。キープアライブは、連携サービスがまだ必要としているものの、めったに使わないトークン（四半期レポートなど）にだけ使ってください。既知の非アクティブ期間が上限に近づくと、このコンソールがこのトークンで読み取り専用の小さな ON24 呼び出しを 1 回行います。この決定は、あなたの名前と日時とともに記録されます。</translation>
    </message>
    <message>
        <source>&amp;Keep Alive</source>
        <translation>キープアライブ(&amp;K)</translation>
    </message>
</context>
<context>
    <name>TokenConsole::KeepAliveScheduler</name>
    <message numerus="yes">
        <source>Keep-alive called ON24 with %n token(s); all work.</source>
        <translation>
            <numerusform>キープアライブで %n 個のトークンを使って ON24 を呼び出しました。すべて機能しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep-alive called ON24 with %n token(s); %1 failed: see their status.</source>
        <translation>
            <numerusform>キープアライブで %n 個のトークンを使って ON24 を呼び出しました。%1 個が失敗しました。状態を確認してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::KeychainSecretStore</name>
    <message>
        <source>store the secret</source>
        <translation>シークレットの保存</translation>
    </message>
    <message>
        <source>read the secret</source>
        <translation>シークレットの読み取り</translation>
    </message>
    <message>
        <source>remove the secret</source>
        <translation>シークレットの削除</translation>
    </message>
    <message>
        <source>No secret for this token is stored on this computer.</source>
        <translation>このコンピューターには、このトークンのシークレットが保存されていません。</translation>
    </message>
    <message>
        <source>Could not %1: the system keychain is not available (%2). Start or unlock the keychain (e.g. GNOME Keyring, KWallet) and try again.</source>
        <translation>%1ができませんでした。システムのキーチェーンを利用できません（%2）。キーチェーン（GNOME Keyring、KWallet など）を起動またはロック解除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not %1: access to the keychain was denied. Allow Token Console to use the keychain and try again.</source>
        <translation>%1ができませんでした。キーチェーンへのアクセスが拒否されました。Token Console にキーチェーンの使用を許可してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not %1: the keychain refused (%2).</source>
        <translation>%1ができませんでした。キーチェーンが拒否しました（%2）。</translation>
    </message>
    <message>
        <source>The keychain did not answer; it may be locked and waiting for its password. Unlock the keychain and try again.</source>
        <translation>キーチェーンが応答しませんでした。ロックされていてパスワード入力を待っている可能性があります。キーチェーンのロックを解除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No keychain is running: Token Console found no desktop session bus (D-Bus) to reach one, so it could not %1. Start Token Console in a desktop session that has a keychain (such as GNOME Keyring or KWallet), then try again.</source>
        <translation>キーチェーンが動作していません。キーチェーンに接続するためのデスクトップのセッション バス（D-Bus）が見つからないため、%1ができませんでした。キーチェーン（GNOME Keyring、KWallet など）のあるデスクトップ セッションで Token Console を起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain did not respond within %1 seconds, so Token Console could not %2. Restart your desktop&apos;s keychain (such as GNOME Keyring or KWallet) or sign in to the desktop again, then try again.</source>
        <translation>キーチェーンが %1 秒以内に応答しなかったため、%2ができませんでした。デスクトップのキーチェーン（GNOME Keyring、KWallet など）を再起動するか、デスクトップにサインインし直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No keychain is running on this computer, so Token Console could not %1. Start your desktop&apos;s keychain (such as GNOME Keyring or KWallet), or sign in to a desktop session that has one, then try again.</source>
        <translation>このコンピューターではキーチェーンが動作していないため、%1ができませんでした。デスクトップのキーチェーン（GNOME Keyring、KWallet など）を起動するか、キーチェーンのあるデスクトップ セッションにサインインしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain is locked and was not unlocked (its unlock prompt was cancelled or could not be shown), so Token Console could not %1. Unlock the keychain, for example in your desktop&apos;s password manager, then try again.</source>
        <translation>キーチェーンがロックされており、ロックが解除されませんでした（ロック解除の確認がキャンセルされたか、表示できませんでした）。そのため、%1ができませんでした。デスクトップのパスワード管理アプリなどでキーチェーンのロックを解除してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::MainWindow</name>
    <message>
        <source>Token Console</source>
        <translation>Token Console</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <source>This list is from %1 and may be out of date: refreshing failed. %2</source>
        <translation>この一覧は %1 時点のもので、古い可能性があります。更新に失敗しました。%2</translation>
    </message>
    <message>
        <source>The token list could not be loaded. %1</source>
        <translation>トークン一覧を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>Enter the password of %1 on %2 to open the profile “%3”.</source>
        <translation>プロファイル「%3」を開くには、%2 の %1 のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>%1 — Token Console</source>
        <translation>%1 — Token Console</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Your session has expired, so this list is not refreshed. Choose Retry to sign in again.</source>
        <translation>セッションの有効期限が切れたため、この一覧は更新されません。[再試行] を選んでもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未接続です。</translation>
    </message>
    <message>
        <source>The token list could not be loaded.</source>
        <translation>トークン一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Loading the tokens…</source>
        <translation>トークンを読み込んでいます…</translation>
    </message>
    <message>
        <source>This account has no API tokens yet. Provision one with Token &gt; Provision… (%1).</source>
        <translation>このアカウントにはまだ API トークンがありません。[トークン] &gt; [発行…]（%1）で発行してください。</translation>
    </message>
    <message>
        <source>This account has no API tokens yet.</source>
        <translation>このアカウントにはまだ API トークンがありません。</translation>
    </message>
    <message>
        <source>No token matches the search and the status filter.</source>
        <translation>検索条件と状態フィルターに一致するトークンはありません。</translation>
    </message>
    <message>
        <source>No token pair is on this computer yet. Add one made on ON24&apos;s page with Token &gt; Add Existing Token… (%1).</source>
        <translation>このコンピューターにはまだトークンのペアがありません。ON24 のページで作成したペアを [トークン] &gt; [既存のトークンを追加…]（%1）で追加してください。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::NarrowAccessCommand</name>
    <message>
        <source>Could not read the usage of “%1”: %2</source>
        <translation>「%1」の利用状況を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>“%1” made no API calls in the last %2 days, so there is nothing to narrow its access to. If nothing uses it, disable it instead.</source>
        <translation>「%1」は直近 %2 日間に API を呼び出していないため、絞り込む先がありません。何も使っていないなら、代わりに無効化してください。</translation>
    </message>
    <message>
        <source>“%1” already holds only the API areas it used.</source>
        <translation>「%1」はすでに使った API 領域だけを持っています。</translation>
    </message>
    <message>
        <source>Narrow Access</source>
        <translation>アクセスを絞り込む</translation>
    </message>
    <message>
        <source>Narrow the access of “%1” to the API areas it used in the last %2 days?</source>
        <translation>「%1」のアクセスを、直近 %2 日間に使った API 領域に絞り込みますか？</translation>
    </message>
    <message>
        <source>The integration would lose: %1.</source>
        <translation>連携が失うもの: %1。</translation>
    </message>
    <message>
        <source>It would also not get areas ON24 adds later.</source>
        <translation>ON24 が今後追加する領域も使えなくなります。</translation>
    </message>
    <message>
        <source>It keeps: %1. Its calls to a lost area fail until the access is widened again.</source>
        <translation>残るもの: %1。失われた領域への呼び出しは、アクセスを再び広げるまで失敗します。</translation>
    </message>
    <message>
        <source>Before you do, %1.</source>
        <translation>その前に: %1。</translation>
    </message>
    <message>
        <source>&amp;Narrow Access</source>
        <translation>アクセスを絞り込む(&amp;N)</translation>
    </message>
    <message>
        <source>Could not narrow the access of “%1”: %2</source>
        <translation>「%1」のアクセスを絞り込めませんでした: %2</translation>
    </message>
    <message>
        <source>“%1” now holds only: %2.</source>
        <translation>「%1」のアクセスは次だけになりました: %2。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::NewSecretDialog</name>
    <message>
        <source>The token “%1” is ready. Give the key and the secret to the integration. The platform never sends this secret again.</source>
        <translation>トークン「%1」の準備ができました。キーとシークレットを連携サービスに渡してください。プラットフォームがこのシークレットを再送することはありません。</translation>
    </message>
    <message>
        <source>Storing the secret in this computer&apos;s keychain…</source>
        <translation>シークレットをこのコンピューターのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>The secret is stored in this computer&apos;s keychain (entry “%1”), so Verify and Copy Secret work here later. Nothing else on this computer holds it.</source>
        <translation>シークレットはこのコンピューターのキーチェーン（項目「%1」）に保存されたため、後でここから [検証] と [シークレットをコピー] を使えます。このコンピューターの他の場所には保存されていません。</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>キーチェーンへのアクセスが拒否されました。</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>使用できるキーチェーンがありません。</translation>
    </message>
    <message>
        <source>Close Without a Stored Secret?</source>
        <translation>シークレットを保存せずに閉じますか？</translation>
    </message>
    <message>
        <source>This computer has not stored the secret, and the platform will not show it again. Have you stored it somewhere else?</source>
        <translation>このコンピューターにはシークレットが保存されておらず、プラットフォームでも再表示されません。別の場所に保管しましたか？</translation>
    </message>
    <message>
        <source>I Have Stored It, &amp;Close</source>
        <translation>保管したので閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep Showing It</source>
        <translation>表示を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>The secret was NOT stored.</source>
        <translation>シークレットは保存されていません。</translation>
    </message>
    <message>
        <source>Copy it now and keep it somewhere safe (for example your password manager); it cannot be shown again. Verify and Copy Secret will not be available for this token here.</source>
        <translation>今すぐコピーして安全な場所（パスワードマネージャーなど）に保管してください。二度と表示できません。このトークンでは、ここで [検証] と [シークレットをコピー] を使えません。</translation>
    </message>
    <message>
        <source>Key copied.</source>
        <translation>キーをコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>Secret copied, cleared from the clipboard in %n s.</source>
        <translation>
            <numerusform>シークレットをコピーしました。%n 秒後にクリップボードから消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret cleared from the clipboard.</source>
        <translation>シークレットをクリップボードから消去しました。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::OfflinePlatform</name>
    <message>
        <source>Offline: the platform cannot be reached, so the list from %1 is read-only.</source>
        <translation>オフライン: プラットフォームに接続できないため、%1 時点の一覧は読み取り専用です。</translation>
    </message>
    <message>
        <source>The token list saved on %1 (offline)</source>
        <translation>%1 に保存したトークン一覧（オフライン）</translation>
    </message>
</context>
<context>
    <name>TokenConsole::On24Client</name>
    <message>
        <source>The token works: ON24 answered for client “%1”. This call counts as activity.</source>
        <translation>トークンは機能しています。ON24 がクライアント「%1」について応答しました。この呼び出しはアクティビティとして記録されます。</translation>
    </message>
    <message>
        <source>ON24 rejected the key and secret as wrong. Check that the secret on this computer belongs to this token; if not, store the right one.</source>
        <translation>ON24 がキーとシークレットを誤りとして拒否しました。このコンピューターのシークレットがこのトークンのものか確認し、違う場合は正しいものを保存してください。</translation>
    </message>
    <message>
        <source>ON24 says this token is deactivated. Enable it, then verify again.</source>
        <translation>ON24 によると、このトークンは無効化されています。有効にしてから、もう一度検証してください。</translation>
    </message>
    <message>
        <source>The token works, but ON24&apos;s call quota is used up for now. Try again later.</source>
        <translation>トークンは機能していますが、ON24 の呼び出し上限に現在達しています。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The token is valid but has no access to this client id. Check the client id in the connection profile.</source>
        <translation>トークンは有効ですが、このクライアント ID へのアクセス権がありません。接続プロファイルのクライアント ID を確認してください。</translation>
    </message>
    <message>
        <source>The token is valid but not allowed to call this API area. Provision it with access to all endpoints, or verify with an allowed area.</source>
        <translation>トークンは有効ですが、この API 領域の呼び出しは許可されていません。すべてのエンドポイントへのアクセス権で発行するか、許可された領域で検証してください。</translation>
    </message>
    <message>
        <source>ON24 says the client (account) is inactive. Contact your ON24 account manager.</source>
        <translation>ON24 によると、このクライアント（アカウント）は無効です。ON24 のアカウント担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>ON24 does not know this client id. Check the client id in the connection profile.</source>
        <translation>ON24 はこのクライアント ID を認識していません。接続プロファイルのクライアント ID を確認してください。</translation>
    </message>
    <message>
        <source>The ON24 address sent an answer this console cannot read (%1): perhaps a proxy or a sign-in page answered instead of ON24&apos;s API. Check the region or base URL.</source>
        <translation>ON24 のアドレスから、このコンソールでは読み取れない応答が返されました（%1）。ON24 の API の代わりにプロキシやサインインページが応答した可能性があります。リージョンまたはベース URL を確認してください。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::On24DirectPlatform</name>
    <message>
        <source>ON24 account %1 (direct mode)</source>
        <translation>ON24 アカウント %1（ダイレクトモード）</translation>
    </message>
    <message>
        <source>ON24 account %1</source>
        <translation>ON24 アカウント %1</translation>
    </message>
    <message>
        <source>ON24 answers only calls made with a token pair: add one first.</source>
        <translation>ON24 はトークンのペアを使った呼び出しにしか応答しません。先にペアを追加してください。</translation>
    </message>
    <message>
        <source>ON24&apos;s API does not show a token&apos;s activity; this console records only its own calls.</source>
        <translation>ON24 の API ではトークンのアクティビティを確認できません。このコンソールが記録するのは自身の呼び出しだけです。</translation>
    </message>
    <message>
        <source>Direct mode: these are the token pairs added on this computer, proved with real ON24 calls. Provision, disable and enable tokens on ON24&apos;s page (Platform Tools › Integrations › API Tokens); here you verify them and keep them alive.</source>
        <translation>ダイレクトモード: このコンピューターに追加し、実際の ON24 呼び出しで確認したトークンのペアです。トークンの発行、無効化、有効化は ON24 のページ（Platform Tools › Integrations › API Tokens）で行います。ここでは検証とキープアライブを行います。</translation>
    </message>
    <message>
        <source>The pair %1 is not in this computer&apos;s inventory any more.</source>
        <translation>ペア %1 は、このコンピューターのインベントリにもうありません。</translation>
    </message>
    <message>
        <source>The key %1 is already in this inventory as “%2”.</source>
        <translation>キー %1 は、このインベントリに「%2」としてすでに登録されています。</translation>
    </message>
    <message>
        <source>Could not check the pair with ON24, so nothing was stored: %1</source>
        <translation>ON24 でペアを確認できなかったため、何も保存しませんでした: %1</translation>
    </message>
    <message>
        <source>ON24 refused the pair, so nothing was stored: %1%2</source>
        <translation>ON24 がペアを拒否したため、何も保存しませんでした: %1%2</translation>
    </message>
    <message>
        <source> (ON24 said: “%1”)</source>
        <translation> (ON24 の応答:「%1」)</translation>
    </message>
    <message>
        <source>The pair works, but its secret could not be kept in the keychain, so nothing was stored: %1</source>
        <translation>ペアは機能していますが、シークレットをキーチェーンに保存できなかったため、何も保存しませんでした: %1</translation>
    </message>
    <message>
        <source>The key %1 is already in this inventory.</source>
        <translation>キー %1 は、このインベントリにすでに登録されています。</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be removed from the keychain, so the pair was kept: %2</source>
        <translation>「%1」のシークレットをキーチェーンから削除できなかったため、ペアは残しました: %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::On24Inventory</name>
    <message>
        <source>The disk holding the inventory %1 is full, so nothing was saved. Free some space, then try again.</source>
        <translation>インベントリ %1 のあるディスクがいっぱいのため、何も保存されませんでした。空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The inventory %1 is read-only, so nothing was saved. Check the permissions of the file and of its folder, then try again.</source>
        <translation>インベントリ %1 は読み取り専用のため、何も保存されませんでした。ファイルとそのフォルダーのアクセス権を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Another Token Console window or command is writing to the inventory %1. Try again in a moment.</source>
        <translation>Token Console の別のウィンドウまたはコマンドがインベントリ %1 に書き込み中です。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The inventory %1 is damaged or is not an inventory file. Move it aside and add the tokens again; their secrets are still in the keychain.</source>
        <translation>インベントリ %1 は破損しているか、インベントリのファイルではありません。別の場所に移動してから、トークンを追加し直してください。シークレットはキーチェーンに残っています。</translation>
    </message>
    <message>
        <source>Token Console could not open the inventory %1. Check that its folder exists and that you may write to it, then try again.</source>
        <translation>Token Console はインベントリ %1 を開けませんでした。フォルダーが存在し、書き込めることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk failed while reading or writing the inventory %1 (%2). Check the disk, then try again.</source>
        <translation>インベントリ %1 の読み書き中にディスクのエラーが発生しました（%2）。ディスクを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Token Console could not read or write the inventory %1 (%2). Check the disk and the permissions of the file and of its folder, then try again.</source>
        <translation>Token Console はインベントリ %1 を読み書きできませんでした（%2）。ディスクと、ファイルおよびフォルダーのアクセス権を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The inventory of profile “%1” is not open, so nothing was saved. Open the profile again, then try again.</source>
        <translation>プロファイル「%1」のインベントリが開かれていないため、何も保存されませんでした。プロファイルを開き直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>A field of this token holds a long hexadecimal text that looks like a token secret, so nothing was saved. Secrets belong in the keychain only: remove it from the key, name, owner, login or notes, then try again.</source>
        <translation>このトークンのフィールドに、シークレットのような長い 16 進数の文字列が含まれているため、何も保存されませんでした。シークレットはキーチェーンにのみ保存します。キー、名前、所有者、ログイン、メモから取り除いてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The token %1 is not in the inventory of profile “%2”. It may have been forgotten in another window: reload the list.</source>
        <translation>トークン %1 はプロファイル「%2」のインベントリにありません。別のウィンドウで削除された可能性があります。一覧を再読み込みしてください。</translation>
    </message>
    <message>
        <source>Token Console could not create the inventory folder %1. Check that you may write to its parent folder and that the disk is not full, then try again.</source>
        <translation>Token Console はインベントリのフォルダー %1 を作成できませんでした。親フォルダーに書き込めることと、ディスクに空きがあることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Token Console could not make the inventory folder %1 private to your user account. Check who owns it, then try again.</source>
        <translation>Token Console はインベントリのフォルダー %1 をお使いのユーザーアカウント専用にできませんでした。所有者を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Token Console could not create the inventory file %1 (%2). Check that you may write to its folder and that the disk is not full, then try again.</source>
        <translation>Token Console はインベントリのファイル %1 を作成できませんでした（%2）。フォルダーに書き込めることと、ディスクに空きがあることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Token Console could not make the inventory file %1 private to your user account. Check who owns it, then try again.</source>
        <translation>Token Console はインベントリのファイル %1 をお使いのユーザーアカウント専用にできませんでした。所有者を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The inventory %1 was written by a newer version of Token Console. Update Token Console to use this profile.</source>
        <translation>インベントリ %1 は新しいバージョンの Token Console で書き込まれています。このプロファイルを使うには Token Console を更新してください。</translation>
    </message>
    <message>
        <source>The token has no key, so it was not added. Enter its key, then try again.</source>
        <translation>トークンにキーがないため、追加されませんでした。キーを入力してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The token %1 is already in the inventory of profile “%2”.</source>
        <translation>トークン %1 は、プロファイル「%2」のインベントリにすでに登録されています。</translation>
    </message>
    <message>
        <source>The token %1 is already in the inventory of profile “%2”, named “%3”.</source>
        <translation>トークン %1 は、プロファイル「%2」のインベントリに「%3」という名前ですでに登録されています。</translation>
    </message>
    <message>
        <source>“%1” is not a verify outcome Token Console knows, so nothing was recorded.</source>
        <translation>「%1」は Token Console が認識できる検証結果ではないため、何も記録されませんでした。</translation>
    </message>
    <message>
        <source>Token Console could not delete the inventory file %1 (%2). Check the permissions of its folder, then try again.</source>
        <translation>Token Console はインベントリのファイル %1 を削除できませんでした（%2）。フォルダーのアクセス権を確認してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Platform</name>
    <message>
        <source>Could not read the secret of “%1” from the keychain: %2</source>
        <translation>「%1」のシークレットをキーチェーンから読み取れませんでした: %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ProvisionCommand</name>
    <message>
        <source>Provisioned “%1” for %2.</source>
        <translation>%2 に「%1」を発行しました。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ProvisionDialog</name>
    <message>
        <source>Could not load the account&apos;s users: %1</source>
        <translation>アカウントのユーザーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Client analytics</source>
        <translation>クライアント分析</translation>
    </message>
    <message>
        <source>Event analytics</source>
        <translation>イベント分析</translation>
    </message>
    <message>
        <source>Event management</source>
        <translation>イベント管理</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>コンテンツ</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>ヘルパー</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>発行(&amp;P)</translation>
    </message>
    <message>
        <source>Loading the account&apos;s users…</source>
        <translation>アカウントのユーザーを読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — already has a token</source>
        <translation>%1 — トークン発行済み</translation>
    </message>
    <message>
        <source>One token per login: disable or use the existing token.</source>
        <translation>1 ログインにつき 1 トークンです。既存のトークンを無効にするか、そのまま使ってください。</translation>
    </message>
    <message>
        <source>Every login of this account already has a token (one token per login). Add a user on the platform first.</source>
        <translation>このアカウントのすべてのログインにトークンがあります（1 ログインにつき 1 トークン）。先にプラットフォームでユーザーを追加してください。</translation>
    </message>
    <message>
        <source>Name it after its purpose (the integration that will use it), so others know what disabling it would stop.</source>
        <translation>用途（使用する連携サービス）に合わせて名前を付けてください。無効化したときに何が止まるか、他の人にも分かります。</translation>
    </message>
    <message>
        <source>Provisioning…</source>
        <translation>発行しています…</translation>
    </message>
    <message>
        <source>%1 already have a token and cannot be chosen: one token per login.</source>
        <translation>%1にはすでにトークンがあるため選択できません（1 ログインにつき 1 トークン）。</translation>
    </message>
    <message>
        <source>Clear name</source>
        <translation>名前をクリア</translation>
    </message>
    <message>
        <source>Provision is unavailable: choose a login that has no token yet.</source>
        <translation>発行できません: まだトークンのないログインを選んでください。</translation>
    </message>
    <message>
        <source>Provision is unavailable until the account&apos;s users are loaded.</source>
        <translation>アカウントのユーザーを読み込むまで発行できません。</translation>
    </message>
    <message>
        <source>Provision is unavailable: type a name for the token.</source>
        <translation>発行できません: トークンの名前を入力してください。</translation>
    </message>
    <message>
        <source>Provision is unavailable: correct the name (see above).</source>
        <translation>発行できません: 名前を修正してください（上記を参照）。</translation>
    </message>
    <message>
        <source>Provision is unavailable: choose at least one API area.</source>
        <translation>発行できません: API の領域を 1 つ以上選んでください。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RenameCommand</name>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>「%1」の名前を「%2」に変更しました。</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2” on this computer; ON24&apos;s page keeps its own name.</source>
        <translation>このコンピューターで「%1」の名前を「%2」に変更しました。ON24 のページでは元の名前のままです。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RenameDialog</name>
    <message>
        <source>Rename the token of %1. Name it after its purpose, for example the integration that uses it.</source>
        <translation>%1 のトークンの名前を変更します。用途（使用している連携サービスなど）に合わせた名前を付けてください。</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Their Name</source>
        <translation>新しい名前のままにする(&amp;K)</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>名前を変更しています…</translation>
    </message>
    <message>
        <source>&amp;Retry Rename</source>
        <translation>名前の変更を再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Someone else renamed this token to “%1” while this dialog was open. Retry to rename it to your name anyway, or keep theirs.</source>
        <translation>このダイアログを開いている間に、他の人がこのトークンの名前を「%1」に変更しました。それでも自分の名前に変更するには再試行し、そうでなければ新しい名前のままにしてください。</translation>
    </message>
    <message>
        <source>Clear name</source>
        <translation>名前をクリア</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RotateCommand</name>
    <message>
        <source>Rotated the secret of “%1”; the previous secret works until %2.</source>
        <translation>「%1」のシークレットをローテーションしました。以前のシークレットは %2 まで使えます。</translation>
    </message>
    <message>
        <source>Rotated the secret of “%1”; the previous secret no longer works.</source>
        <translation>「%1」のシークレットをローテーションしました。以前のシークレットはもう使えません。</translation>
    </message>
    <message>
        <source>%1 Now %2.</source>
        <translation>%1 次は %2。</translation>
    </message>
    <message>
        <source>“%1” has a new secret. Give it to the integration before %2, when the previous secret stops working. The platform never sends this secret again.</source>
        <translation>「%1」に新しいシークレットが発行されました。以前のシークレットが使えなくなる %2 より前に連携へ渡してください。プラットフォームがこのシークレットを再び送ることはありません。</translation>
    </message>
    <message>
        <source>“%1” has a new secret, and the previous one no longer works. Give it to the integration now. The platform never sends this secret again.</source>
        <translation>「%1」に新しいシークレットが発行され、以前のシークレットはもう使えません。今すぐ連携に渡してください。プラットフォームがこのシークレットを再び送ることはありません。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RotateDialog</name>
    <message>
        <source>Rotate Secret</source>
        <translation>シークレットのローテーション</translation>
    </message>
    <message>
        <source>Give “%1” a new secret. The key stays the same; the new secret is shown once and replaces the old one in this computer&apos;s keychain.</source>
        <translation>「%1」に新しいシークレットを発行します。キーは変わりません。新しいシークレットは一度だけ表示され、このコンピューターのキーチェーンにある古いシークレットを置き換えます。</translation>
    </message>
    <message>
        <source>Give “%1” a new secret. The key stays the same; the new secret is shown once and replaces the old one in this computer&apos;s keychain. Tell %2, who runs the integration.</source>
        <translation>「%1」に新しいシークレットを発行します。キーは変わりません。新しいシークレットは一度だけ表示され、このコンピューターのキーチェーンにある古いシークレットを置き換えます。連携の担当者 %2 に連絡してください。</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>Grace period in hours</source>
        <translation>猶予期間 (時間)</translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation>猶予期間(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>ローテーション(&amp;R)</translation>
    </message>
    <message>
        <source>The old secret stops working at once: the integration fails until it has the new one.</source>
        <translation>古いシークレットはすぐに使えなくなります。新しいシークレットを受け取るまで連携は失敗します。</translation>
    </message>
    <message>
        <source>Both secrets work for 1 hour, so the integration can switch without an outage; then only the new one works.</source>
        <translation>両方のシークレットが 1 時間使えるので、連携は停止せずに切り替えられます。その後は新しいシークレットだけが使えます。</translation>
    </message>
    <message>
        <source>Both secrets work for %1 hours, so the integration can switch without an outage; then only the new one works.</source>
        <translation>両方のシークレットが %1 時間使えるので、連携は停止せずに切り替えられます。その後は新しいシークレットだけが使えます。</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>ローテーション中…</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Sandbox::HttpFrontend</name>
    <message>
        <source>The sandbox failed on this request. Try again; if it keeps failing, check the sandbox log.</source>
        <translation>サンドボックスでこの要求の処理に失敗しました。もう一度お試しください。失敗が続く場合はサンドボックスのログを確認してください。</translation>
    </message>
    <message>
        <source>There is no such resource. Check the URL against the API documentation.</source>
        <translation>そのようなリソースはありません。API ドキュメントで URL を確認してください。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Sandbox::SandboxServer</name>
    <message>
        <source>There is no such resource. Check the URL against the API documentation.</source>
        <translation>そのようなリソースはありません。API ドキュメントで URL を確認してください。</translation>
    </message>
    <message>
        <source>This resource does not support %1. Allowed: %2.</source>
        <translation>このリソースは %1 に対応していません。使用できるメソッド: %2。</translation>
    </message>
    <message>
        <source>Send {&quot;advanceDays&quot;: N} with N a whole number from 0 to 36500.</source>
        <translation>{&quot;advanceDays&quot;: N} を送信してください（N は 0～36500 の整数）。</translation>
    </message>
    <message>
        <source>The sandbox is already running.</source>
        <translation>サンドボックスはすでに実行中です。</translation>
    </message>
    <message>
        <source>No data folder given for the sandbox. Pass one (--data DIR).</source>
        <translation>サンドボックスのデータフォルダーが指定されていません。--data DIR で指定してください。</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (%3). Pick another address or port.</source>
        <translation>%1:%2 で待ち受けできません（%3）。別のアドレスまたはポートを選んでください。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::SecretStore</name>
    <message>
        <source>The keychain entry of this token does not hold a token secret (128 digits and lower-case letters a to f), so it was not used. Store the right secret for this token again, or rotate the token to get a new one.</source>
        <translation>このトークンのキーチェーン エントリーには、トークンのシークレット（数字と小文字の a〜f からなる 128 文字）が含まれていないため、使用しませんでした。このトークンの正しいシークレットを保存し直すか、トークンをローテーションして新しいシークレットを取得してください。</translation>
    </message>
    <message>
        <source>Token Console: %1</source>
        <translation>Token Console: %1</translation>
    </message>
    <message>
        <source>Token Console: %1 (%2)</source>
        <translation>Token Console: %1 (%2)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>トークン %1</translation>
    </message>
</context>
<context>
    <name>TokenConsole::SessionController</name>
    <message>
        <source>The demo ON24 account could not be opened: %1</source>
        <translation>デモ用の ON24 アカウントを開けませんでした: %1</translation>
    </message>
    <message>
        <source>no embedded sandbox in this build</source>
        <translation>このビルドには組み込みサンドボックスがありません</translation>
    </message>
    <message>
        <source>The demo ON24 account could not be prepared: %1</source>
        <translation>デモ用の ON24 アカウントを準備できませんでした: %1</translation>
    </message>
    <message>
        <source>There is no profile named “%1”. Choose one from File &gt; Profiles or connect to a platform.</source>
        <translation>「%1」という名前のプロファイルはありません。[ファイル] &gt; [プロファイル] から選ぶか、プラットフォームに接続してください。</translation>
    </message>
    <message>
        <source>The local demo data is not available in this build. Connect to a platform instead.</source>
        <translation>このビルドではローカルのデモデータを使用できません。代わりにプラットフォームに接続してください。</translation>
    </message>
    <message>
        <source>The local demo data could not be opened: %1</source>
        <translation>ローカルのデモデータを開けませんでした: %1</translation>
    </message>
    <message>
        <source>Could not sign in to %1 as %2: %3</source>
        <translation>%2 として %1 にサインインできませんでした: %3</translation>
    </message>
    <message>
        <source>Signed in, but the password could not be kept in the keychain: %1 You will be asked for it next time.</source>
        <translation>サインインしましたが、パスワードをキーチェーンに保存できませんでした: %1 次回はパスワードの入力を求められます。</translation>
    </message>
    <message>
        <source>Enter the account&apos;s numeric ON24 client id.</source>
        <translation>アカウントの数値の ON24 クライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>Not signed in to “%1”. Choose Retry to enter the password, pick another profile from File &gt; Profiles, or connect to a platform.</source>
        <translation>「%1」にサインインしていません。[再試行] を選んでパスワードを入力するか、[ファイル] &gt; [プロファイル] から別のプロファイルを選ぶか、プラットフォームに接続してください。</translation>
    </message>
    <message>
        <source>password of %1</source>
        <translation>%1 のパスワード</translation>
    </message>
    <message>
        <source>Offline: showing the list from %1. Retrying…</source>
        <translation>オフライン: %1 時点の一覧を表示しています。再接続を試みています…</translation>
    </message>
</context>
<context>
    <name>TokenConsole::StatusLine</name>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <source>Local demo data</source>
        <translation>ローカルのデモデータ</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>%1 としてサインイン中（%2）</translation>
    </message>
    <message>
        <source>Last refresh %1 (stale)</source>
        <translation>最終更新 %1（古いデータ）</translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation>最終更新 %1</translation>
    </message>
    <message>
        <source>Warning: this clock is %1 behind the server&apos;s</source>
        <translation>警告: この時計はサーバーより %1遅れています</translation>
    </message>
    <message>
        <source>Warning: this clock is %1 ahead of the server&apos;s</source>
        <translation>警告: この時計はサーバーより %1進んでいます</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the server&apos;s by more than a minute. Countdowns use the server&apos;s time; fix the clock to avoid confusion elsewhere.</source>
        <translation>このコンピューターの時計がサーバーと 1 分以上ずれています。カウントダウンはサーバーの時刻を使っていますが、他での混乱を避けるため時計を修正してください。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TableExportWriter</name>
    <message>
        <source>The export was refused: it would contain something shaped like a token secret.</source>
        <translation>エクスポートを拒否しました。トークンのシークレットのような値が含まれることになるためです。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenExportTable</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenListCache</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>No token list of “%1” is saved on this computer.</source>
        <translation>このコンピューターには「%1」のトークン一覧が保存されていません。</translation>
    </message>
    <message>
        <source>The saved token list of “%1” cannot be read.</source>
        <translation>保存されている「%1」のトークン一覧を読み込めません。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenPairFormat</name>
    <message>
        <source>Enter the token key: 32 capital letters and digits, as shown on ON24&apos;s API Tokens page.</source>
        <translation>トークンのキーを入力してください。ON24 の「API Tokens」ページに表示されている英大文字と数字の 32 文字です。</translation>
    </message>
    <message>
        <source>This looks like the token secret, not the key. Paste the key here: 32 capital letters and digits, as shown on ON24&apos;s API Tokens page.</source>
        <translation>これはキーではなく、トークンのシークレットのようです。ここにはキーを貼り付けてください。ON24 の「API Tokens」ページに表示されている英大文字と数字の 32 文字です。</translation>
    </message>
    <message>
        <source>The token key must be 32 capital letters and digits; this one contains other characters, such as spaces, punctuation, accented or full-width characters. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>トークンのキーは英大文字と数字の 32 文字です。このキーには、空白、記号、アクセント付きの文字、全角文字など、それ以外の文字が含まれています。ON24 の「API Tokens」ページからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The token key must be 32 capital letters and digits; this one contains lower-case letters. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>トークンのキーは英大文字と数字の 32 文字です。このキーには小文字が含まれています。ON24 の「API Tokens」ページからもう一度コピーしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The token key must be 32 capital letters and digits; this one has %n character(s). Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>
            <numerusform>トークンのキーは英大文字と数字の 32 文字です。このキーは %n 文字です。ON24 の「API Tokens」ページからもう一度コピーしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the token secret: 128 digits and lower-case letters a to f, as shown on ON24&apos;s API Tokens page.</source>
        <translation>トークンのシークレットを入力してください。ON24 の「API Tokens」ページに表示されている、数字と小文字の a〜f からなる 128 文字です。</translation>
    </message>
    <message>
        <source>This looks like the token key, not the secret. Paste the secret here: 128 digits and lower-case letters a to f, as shown on ON24&apos;s API Tokens page.</source>
        <translation>これはシークレットではなく、トークンのキーのようです。ここにはシークレットを貼り付けてください。ON24 の「API Tokens」ページに表示されている、数字と小文字の a〜f からなる 128 文字です。</translation>
    </message>
    <message>
        <source>The token secret must be 128 digits and lower-case letters a to f; this one contains other characters, such as spaces, punctuation or letters after f. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>トークンのシークレットは数字と小文字の a〜f からなる 128 文字です。このシークレットには、空白、記号、f より後の文字など、それ以外の文字が含まれています。ON24 の「API Tokens」ページからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The token secret must be 128 digits and lower-case letters a to f; this one contains capital letters. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>トークンのシークレットは数字と小文字の a〜f からなる 128 文字です。このシークレットには大文字が含まれています。ON24 の「API Tokens」ページからもう一度コピーしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The token secret must be 128 digits and lower-case letters a to f; this one has %n character(s). Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>
            <numerusform>トークンのシークレットは数字と小文字の a〜f からなる 128 文字です。このシークレットは %n 文字です。ON24 の「API Tokens」ページからもう一度コピーしてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>Last successful API call: %1</source>
        <translation>最後に成功した API 呼び出し: %1</translation>
    </message>
    <message>
        <source>This token has never been used.</source>
        <translation>このトークンは一度も使われていません。</translation>
    </message>
    <message>
        <source>Inactive since %1</source>
        <translation>%1 から非アクティブ</translation>
    </message>
    <message>
        <source>Disabled on %1</source>
        <translation>%1 に無効化</translation>
    </message>
    <message>
        <source>Disabled automatically on %1 unless the token is used before then.</source>
        <translation>それまでにトークンが使われなければ、%1 に自動的に無効化されます。</translation>
    </message>
    <message>
        <source>Created by %1 on %2</source>
        <translation>%2 に %1 が作成</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain holds the secret, so the token can be verified here.</source>
        <translation>このコンピューターのキーチェーンにシークレットがあるため、ここでトークンを検証できます。</translation>
    </message>
    <message>
        <source>The secret is not stored on this computer.</source>
        <translation>シークレットはこのコンピューターに保存されていません。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最終アクティビティ</translation>
    </message>
    <message>
        <source>Days inactive</source>
        <translation>非アクティブ日数</translation>
    </message>
    <message>
        <source>Auto-disable in</source>
        <translation>自動無効化まで</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Secret on this computer</source>
        <translation>ローカルのシークレット</translation>
    </message>
    <message>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Latest activity known here: %1, from %2. ON24 does not show other callers&apos; activity, so the token may have been used since.</source>
        <translation>ここで把握している最新のアクティビティ: %1（情報源: %2）。ON24 は他の呼び出し元のアクティビティを表示しないため、その後トークンが使われた可能性があります。</translation>
    </message>
    <message>
        <source>No activity is known: verify the token, or type the Last Activity date ON24&apos;s page shows.</source>
        <translation>アクティビティは分かっていません。トークンを検証するか、ON24 のページに表示される「Last Activity」の日付を入力してください。</translation>
    </message>
    <message>
        <source>%1. Last verify: %2</source>
        <translation>%1。最終検証: %2</translation>
    </message>
    <message>
        <source>Kept alive: turned on by %1 on %2.</source>
        <translation>キープアライブ: %2 に %1 がオンにしました。</translation>
    </message>
    <message>
        <source>Not kept alive: the token is disabled after its days without activity, as ON24 intends.</source>
        <translation>キープアライブなし: ON24 の意図どおり、アクティビティのない日数が上限に達するとトークンは無効化されます。</translation>
    </message>
    <message>
        <source>Unknown: no activity of this token is known here.</source>
        <translation>不明: ここではこのトークンのアクティビティが分かっていません。</translation>
    </message>
    <message>
        <source>At the latest on %1, 60 days after the last activity known here; calls by others may have moved it later.</source>
        <translation>遅くとも %1（ここで把握している最終アクティビティから 60 日後）。他の呼び出しにより、これより後になっている可能性があります。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>キープアライブ</translation>
    </message>
    <message>
        <source>Last verify</source>
        <translation>最終検証</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenView</name>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>列をリセット</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenWording</name>
    <message>
        <source>Unverified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled on ON24</source>
        <translation>ON24 で無効</translation>
    </message>
    <message>
        <source>Wrong pair</source>
        <translation>誤ったペア</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Disabled (inactivity)</source>
        <translation>無効（非アクティブ）</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Disabled for inactivity</source>
        <translation>非アクティブのため無効</translation>
    </message>
    <message>
        <source>Disabled manually</source>
        <translation>手動で無効化</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>すべてのエンドポイント</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日が期限</translation>
    </message>
    <message numerus="yes">
        <source>at most %n day(s)</source>
        <translation>
            <numerusform>最大 %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>disabled, no countdown</source>
        <translation>無効、カウントダウンなし</translation>
    </message>
    <message>
        <source>%1, critical</source>
        <translation>%1、危険</translation>
    </message>
    <message>
        <source>%1, warning</source>
        <translation>%1、警告</translation>
    </message>
    <message>
        <source>a call from this console</source>
        <translation>このコンソールからの呼び出し</translation>
    </message>
    <message>
        <source>the date typed from ON24&apos;s page</source>
        <translation>ON24 のページから入力した日付</translation>
    </message>
    <message>
        <source>nothing known yet</source>
        <translation>まだ不明</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>The previous secret still works for 1 more hour, until %1; then only the new one does.</source>
        <translation>以前のシークレットはあと 1 時間、%1 まで使えます。その後は新しいシークレットだけが使えます。</translation>
    </message>
    <message>
        <source>The previous secret still works for %1 more hours, until %2; then only the new one does.</source>
        <translation>以前のシークレットはあと %1 時間、%2 まで使えます。その後は新しいシークレットだけが使えます。</translation>
    </message>
    <message>
        <source>tell %1</source>
        <translation>%1 に連絡してください</translation>
    </message>
</context>
<context>
    <name>TokenConsole::UsageSection</name>
    <message>
        <source>API use in the last %1</source>
        <translation>直近 %1 の API 利用</translation>
    </message>
    <message>
        <source>Calls by API area</source>
        <translation>API 領域ごとの呼び出し</translation>
    </message>
    <message>
        <source>API area</source>
        <translation>API 領域</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼び出し</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>最終呼び出し</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Could not load the usage: %1</source>
        <translation>利用状況を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No API calls in these days. If nothing uses this token, disable it.</source>
        <translation>この期間に API 呼び出しはありません。このトークンを何も使っていないなら、無効化してください。</translation>
    </message>
    <message>
        <source>The token holds only the areas it used.</source>
        <translation>このトークンは使った領域だけを持っています。</translation>
    </message>
    <message>
        <source>Holds %1 but did not use: %2.</source>
        <translation>%1 を持っていますが、使わなかった領域: %2。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::VerifyAllCommand</name>
    <message>
        <source>No token can be verified here: none has its secret on this computer.</source>
        <translation>ここで検証できるトークンはありません。シークレットがこのコンピューターにあるトークンがありません。</translation>
    </message>
    <message>
        <source>Verified all: %1 work, %2 failed.</source>
        <translation>すべて検証しました: 正常 %1 件、失敗 %2 件。</translation>
    </message>
    <message>
        <source>Verifying “%1” (%2 more to go)…</source>
        <translation>「%1」を検証しています（残り %2 件）…</translation>
    </message>
</context>
<context>
    <name>TokenConsole::VerifyCommand</name>
    <message>
        <source>Verifying “%1” with a call to the ON24 API…</source>
        <translation>ON24 API を呼び出して「%1」を検証しています…</translation>
    </message>
    <message>
        <source>“%1” works: the ON24 API answered for %2. This call counts as activity.</source>
        <translation>「%1」は機能しています。ON24 API が %2 について応答しました。この呼び出しはアクティビティとして記録されます。</translation>
    </message>
    <message>
        <source>“%1” did not work: %2</source>
        <translation>「%1」は機能しませんでした: %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::WarningNotifier</name>
    <message>
        <source>Use each token (for example with Verify) or tell its integration&apos;s owner.</source>
        <translation>各トークンを使用する（[検証] など）か、連携サービスの担当者に知らせてください。</translation>
    </message>
    <message>
        <source>API tokens about to be disabled</source>
        <translation>まもなく無効化される API トークン</translation>
    </message>
    <message>
        <source>“%1” (%2) will be disabled for inactivity in %3.</source>
        <translation>「%1」（%2）は %3後に非アクティブのため無効化されます。</translation>
    </message>
    <message>
        <source>“%1” (%2) will be disabled for inactivity in %3: %4.</source>
        <translation>「%1」(%2) は %3 後に非アクティブのため無効化されます: %4。</translation>
    </message>
</context>
<context>
    <name>TokenConsole::WindowBanners</name>
    <message>
        <source>Demo data notice</source>
        <translation>デモデータに関するお知らせ</translation>
    </message>
    <message>
        <source>This is local demo data: an embedded sandbox on this computer, not a real ON24 account. Try anything here; connect to your platform to manage real tokens.</source>
        <translation>これはローカルのデモデータです。実際の ON24 アカウントではなく、このコンピューター上の組み込みサンドボックスです。自由に試してください。実際のトークンを管理するには、プラットフォームに接続してください。</translation>
    </message>
    <message>
        <source>&amp;Connect to a Platform…</source>
        <translation>プラットフォームに接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Why some actions are unavailable</source>
        <translation>一部の操作を使用できない理由</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>接続の問題</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>直前の結果</translation>
    </message>
    <message>
        <source>Inactivity warning</source>
        <translation>非アクティブの警告</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
</context>
<context>
    <name>TokenConsole::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connect to a Platform…</source>
        <translation>プラットフォームに接続(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>トークン(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>詳細パネル(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Auto-Refresh</source>
        <translation>自動更新(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>オフ(&amp;O)</translation>
    </message>
    <message>
        <source>Every &amp;Minute</source>
        <translation>1 分ごと(&amp;M)</translation>
    </message>
    <message>
        <source>Every &amp;5 Minutes</source>
        <translation>5 分ごと(&amp;5)</translation>
    </message>
    <message>
        <source>Every &amp;15 Minutes</source>
        <translation>15 分ごと(&amp;1)</translation>
    </message>
    <message>
        <source>Every &amp;Hour</source>
        <translation>1 時間ごと(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Token Console</source>
        <translation>Token Console について(&amp;A)</translation>
    </message>
    <message>
        <source>About Token Console</source>
        <translation>Token Console について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Token Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Manage the API tokens of an ON24 account: see their last activity, get warned before the 60-day inactivity rule disables them, and keep their secrets in the keychain only.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Licence: %3 (%4).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Token Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;ON24 アカウントの API トークンを管理します。最終アクティビティを確認し、60 日間の非アクティブルールで無効化される前に警告を受け取り、シークレットはキーチェーンにのみ保管します。&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;ライセンス: %3（%4）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Local Demo Data</source>
        <translation>ローカルのデモデータ</translation>
    </message>
    <message>
        <source>Demo ON24 Account (Direct Mode)</source>
        <translation>デモ用の ON24 アカウント（ダイレクトモード）</translation>
    </message>
    <message>
        <source>%1 (ON24 account %2)</source>
        <translation>%1（ON24 アカウント %2）</translation>
    </message>
    <message>
        <source>%1 (%2 on %3)</source>
        <translation>%1（%3 の %2）</translation>
    </message>
</context>
<context>
    <name>TokenFormatter</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>最終アクティビティ</translation>
    </message>
    <message>
        <source>DAYS INACTIVE</source>
        <translation>非アクティブ日数</translation>
    </message>
    <message>
        <source>AUTO-DISABLE IN</source>
        <translation>自動無効化まで</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>KEEP-ALIVE</source>
        <translation>キープアライブ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>TokenNameRules</name>
    <message>
        <source>Enter a name, for example the integration&apos;s.</source>
        <translation>名前を入力してください（連携サービスの名前など）。</translation>
    </message>
    <message>
        <source>The name is %1 characters long; shorten it to %2.</source>
        <translation>名前が %1 文字あります。%2 文字以内に短くしてください。</translation>
    </message>
    <message>
        <source>The name contains a control character (such as a tab); remove it.</source>
        <translation>名前に制御文字（タブなど）が含まれています。削除してください。</translation>
    </message>
    <message>
        <source>The name contains an invisible direction or zero-width character (U+%1), which could make it pose as another name; remove it.</source>
        <translation>名前に、別の名前になりすませる不可視の方向制御文字またはゼロ幅文字（U+%1）が含まれています。削除してください。</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login(s)</source>
        <translation>
            <numerusform>%n 件のログイン</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try --help.</source>
        <translation>--help を参照してください。</translation>
    </message>
    <message>
        <source>Reference server of the Token Admin API v1 and the ON24 REST API v2 subset (/v2) on one port, backed by SQLite. Prints its URL as the first line.</source>
        <translation>Token Admin API v1 と ON24 REST API v2 の一部（/v2）を 1 つのポートで提供する、SQLite ベースのリファレンスサーバーです。最初の行に URL を出力します。</translation>
    </message>
    <message>
        <source>Address and port to listen on (port 0: any free port).</source>
        <translation>待ち受けるアドレスとポート（ポート 0: 空いている任意のポート）。</translation>
    </message>
    <message>
        <source>Data folder (required).</source>
        <translation>データフォルダー（必須）。</translation>
    </message>
    <message>
        <source>Seed for an empty data folder: demo, none or bulk:N.</source>
        <translation>空のデータフォルダーに投入する初期データ: demo、none、bulk:N のいずれか。</translation>
    </message>
    <message>
        <source>Enable POST /sandbox/v1/clock (tests only).</source>
        <translation>POST /sandbox/v1/clock を有効にする（テスト専用）。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>--listen wants host:port, e.g. 127.0.0.1:0, not &quot;%1&quot;.</source>
        <translation>--listen には &quot;%1&quot; ではなく 127.0.0.1:0 のような ホスト:ポート を指定してください。</translation>
    </message>
    <message>
        <source>--data DIR is required.</source>
        <translation>--data DIR は必須です。</translation>
    </message>
    <message>
        <source>--daily-quota wants a whole number of calls, 0 or more.</source>
        <translation>--daily-quota には 0 以上の整数（呼び出し回数）を指定してください。</translation>
    </message>
    <message>
        <source>Screenshot failed: %1</source>
        <translation>スクリーンショットに失敗しました: %1</translation>
    </message>
    <message>
        <source>Screenshot failed: the token list did not load within 30 seconds.</source>
        <translation>スクリーンショットに失敗しました: 30 秒以内にトークン一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Screenshot failed: no token named “%1”.</source>
        <translation>スクリーンショットに失敗しました:「%1」という名前のトークンはありません。</translation>
    </message>
    <message>
        <source>Screenshot failed: could not write %1.</source>
        <translation>スクリーンショットに失敗しました: %1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Use the language CODE (de, fr, es, ja, en).</source>
        <translation>言語 CODE を使います（de、fr、es、ja、en）。</translation>
    </message>
    <message>
        <source>Open the connection profile NAME.</source>
        <translation>接続プロファイル NAME を開きます。</translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE once the token list is loaded, then exit.</source>
        <translation>トークン一覧の読み込み後、ウィンドウの PNG を FILE に保存して終了します。</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x720).</source>
        <translation>--screenshot のウィンドウサイズ（既定値 1280x720）。</translation>
    </message>
    <message>
        <source>With --screenshot: select the token NAME first.</source>
        <translation>--screenshot と併用: 先にトークン NAME を選択します。</translation>
    </message>
    <message>
        <source>Use the light or dark Fusion palette instead of the system&apos;s (for screenshots and testing).</source>
        <translation>システムの配色の代わりに、Fusion のライトまたはダーク配色を使います（スクリーンショットとテスト用）。</translation>
    </message>
    <message>
        <source>Unknown palette “%1”: use light or dark.</source>
        <translation>不明な配色「%1」です。light か dark を指定してください。</translation>
    </message>
    <message>
        <source>Invalid --size “%1”: use WIDTHxHEIGHT, for example 1280x720.</source>
        <translation>--size「%1」が正しくありません。1280x720 のように 幅x高さ で指定してください。</translation>
    </message>
    <message>
        <source>ON24 calls per token per day before 403 (default 100000, or TOKENCONSOLE_SANDBOX_DAILY_QUOTA).</source>
        <translation>403 を返すまでのトークンごと 1 日あたりの ON24 呼び出し回数（既定値 100000 または TOKENCONSOLE_SANDBOX_DAILY_QUOTA）。</translation>
    </message>
    <message>
        <source>Provision is unavailable.</source>
        <translation>発行は使用できません。</translation>
    </message>
    <message>
        <source>The Connect dialog did not open.</source>
        <translation>接続ダイアログが開きませんでした。</translation>
    </message>
    <message>
        <source>Unknown dialog “%1”: use provision, new-secret or connect.</source>
        <translation>不明なダイアログ「%1」です。provision、new-secret、connect のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>With --screenshot: take the dialog NAME (provision, new-secret, connect) instead of the window.</source>
        <translation>--screenshot と併用: ウィンドウの代わりにダイアログ NAME（provision、new-secret、connect）を撮影します。</translation>
    </message>
    <message>
        <source>Manage the API tokens of an ON24 account. Without options, opens the last profile, or local demo data on first start. Subcommands (list, check, provision, rename, disable, enable, verify; in direct mode add, set, forget, users, keepalive) run without a window.</source>
        <translation>ON24 アカウントの API トークンを管理します。オプションなしでは最後のプロファイルを開き、初回起動時はローカルのデモデータを開きます。サブコマンド（list、check、provision、rename、disable、enable、verify、ダイレクトモードでは add、set、forget、users、keepalive）はウィンドウなしで実行されます。</translation>
    </message>
</context>
</TS>
