# Sourced by the bench scripts. sign_in JAR EMAIL: signs a demo account in through the form (antiforgery
# token and all) against $BASE; the cookie jar is the session.
sign_in() {
  local jar=$1 email=$2 token
  token=$(curl -fs -c "$jar" "$BASE/account/logowanie" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=Demo-Strategia-2026" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/account/logowanie"
}
